# A prisoner's card: facts only, neutral wording. Data is escaped before it gets here.
card-born = Year of birth: { $year }
card-region = Region: { $region }
card-status = Status: { $status }
card-status-since = Status: { $status }, since { $date }
card-expelled-to = Country: { $country }
card-facility = Place of detention: { $facility }
card-letter-heading = <b>Write a letter</b>
card-address = Address for letters: { $address }
# Checked against published advice (7 Dec 2026): Libereco, "Writing letters to political prisoners"
# (libereco.org: texts must be in Russian or Belarusian; write about everyday, positive things, no
# political statements) and bomega.pl (letters in other languages are thrown away by the censor).
card-letter-how = Write in Belarusian or Russian: the prison censor reads every letter, and one in another language may not be handed over. Write about everyday things, not about the case.
card-detained = Detained: { $date }
card-sentence = Sentence: { $term }
card-penalty = Penalty: { $penalty }
card-articles = Criminal Code articles: { $articles }
card-recognized = Recognised as a political prisoner: { $date }
card-last-change = Last change: { $change }, { $date }
card-missing = Since { $date } the source no longer lists this person.
card-source-as-of = <a href="{ $url }">Source</a> · data as of { $date }
card-as-of = Data as of { $date }
change-newly_listed = added to the list
change-detained = detained
change-sentenced = verdict
change-sentence_changed = sentence changed
change-transferred = moved to another place of detention
change-released = released
change-pardoned = pardoned
change-expelled = freed and sent out of Belarus
change-returned_to_custody = held again after release
change-whereabouts_unknown = whereabouts became unknown
change-contact_restored = whereabouts known again
change-died_in_custody = died in custody
card-follow-in-vestka = Follow in Vestka
inline-hint = Type a person's name to find their card
inline-none = No one with this name is listed. Open Vestka
inline-invalid = Type a name in Cyrillic or Latin letters
