# A name that another registered person shares, with what tells them apart. Data is escaped after rendering.
namesake-born = { $name }, born { $year }
namesake-region = { $name }, { $region }
namesake-detained = { $name }, detained { $date }
namesake-card = { $name }, card No. { $id }
