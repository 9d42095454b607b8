# Alerts about one person, sent to the people who follow them. Neutral wording; data is escaped before it gets here.
alert-newly_listed = { $gender ->
   *[other] <b>{ $name }</b> is now on the list of political prisoners.
}
alert-detained = { $gender ->
   *[other] <b>{ $name }</b> has been detained.
}
alert-sentenced = <b>{ $name }</b>: a verdict has been passed.
alert-sentence_changed = <b>{ $name }</b>: the sentence has changed.
alert-transferred = <b>{ $name }</b> has been moved to another place of detention.
alert-released = { $gender ->
   *[other] <b>{ $name }</b> has been released.
}
alert-pardoned = { $gender ->
   *[other] <b>{ $name }</b> has been pardoned.
}
alert-expelled = { $gender ->
   *[other] <b>{ $name }</b> has been freed and sent out of Belarus, to { $country }.
}
alert-expelled-somewhere = { $gender ->
   *[other] <b>{ $name }</b> has been freed and sent out of Belarus.
}
alert-returned_to_custody = <b>{ $name }</b> is held again after having been freed.
alert-whereabouts_unknown = <b>{ $name }</b>: according to the source, it is not known where this person is now. We will tell you as soon as there is news.
alert-contact_restored = <b>{ $name }</b>: there is news again of where this person is held.
alert-died_in_custody = { $gender ->
   *[other] We are sorry to have to tell you this. According to the source, <b>{ $name }</b> died in custody.
}
alert-batch = <i>{ $title }</i>
alert-contact-restored = Before this, it was not known where this person was.
alert-status = Status: { $status }
alert-status-since = Status: { $status } (since { $date })
alert-term = { $years ->
    [0] { alert-term-months }
   *[other] { alert-term-years }{ $months ->
        [0] {""}
       *[other] {" "}{ alert-term-months }
    }
}
alert-term-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
alert-term-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
alert-sentence = Sentence: { $term }
alert-sentence-before = Previous sentence: { $term }
alert-penalty = Penalty: { $penalty }
alert-articles-added = New charges (articles): { $articles }
alert-facility-from = Previously held at: { $facility }
alert-facility = Held at: { $facility }
alert-address = Address for letters: { $address }
alert-source = <a href="{ $url }">Source</a>
alert-card = <a href="{ $url }">Card in Vestka</a>
status-detained = detained, awaiting trial
status-house_arrest = house arrest
status-imprisoned = imprisoned
status-restricted_freedom = restriction of freedom ("khimiya")
status-compulsory_treatment = compulsory treatment
status-released = released
status-pardoned = pardoned
status-expelled = freed and sent out of Belarus
status-returned_to_custody = held again after release
status-whereabouts_unknown = whereabouts unknown
status-died_in_custody = died in custody
