# Имя, которое носит ещё один человек из списка, и то, что их различает. Данные экранируются после подстановки.
namesake-born = { $name }, { $year } г. р.
namesake-region = { $name }, { $region }
namesake-detained = { $name }, задержание { $date }
namesake-card = { $name }, карточка № { $id }
