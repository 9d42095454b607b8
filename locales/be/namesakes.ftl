# Імя, якое носіць яшчэ адзін чалавек са спісу, і тое, што іх адрознівае. Даныя экрануюцца пасля падстаноўкі.
namesake-born = { $name }, { $year } г. н.
namesake-region = { $name }, { $region }
namesake-detained = { $name }, затрыманне { $date }
namesake-card = { $name }, картка № { $id }
