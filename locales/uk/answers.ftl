# Ukrainian answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = Вітаю! Я відповідаю на запитання про фінансування ЄС для інтеграції мігрантів: відкриті конкурси, дедлайни, хто може подаватися, партнери консорціуму, які заходи фінансуються і План дій ЄС. Пишіть своєю мовою.
help =
    Я розповідаю про фінансування інтеграції мігрантів у Європі. Спробуйте запитати:
    • Які конкурси зараз відкриті?
    • Коли закривається конкурс AMIF?
    • Хто має входити до консорціуму?
    • Що таке дія 10 Плану дій?
    Команди: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Вибачте, я відповідаю лише на запитання про фінансування інтеграції мігрантів у Європі. Можна запитати, наприклад:
fallback-suggestions =
    • Які конкурси зараз відкриті?
    • Який дедлайн у AMIF?
    • Хто може подати заявку?
    • Які партнери потрібні в консорціумі?
empty-question = Напишіть, будь ласка, запитання, наприклад: «Який дедлайн у AMIF?»

## Sources and translations

source = Джерело: { $sources }
untranslated = (Ще не перекладено українською; показано англійською.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
tz-europe-brussels = за брюссельським часом

## Calls

calls-intro = Конкурси на фінансування, про які я знаю:
call-line-open = { $title }: відкритий до { $date }
call-line-closed = { $title }: закрився { $date }
call-line-no-deadline = { $title }: дата закриття не вказана
deadline-closed = { $title }: прийом заявок завершився { $date } о { $time } ({ $zone }). Конкурс уже закритий.
deadline-open = { $title }: заявки приймаються до { $date } до { $time } ({ $zone }). Залишилося днів: { $days }.
deadline-none = { $title }: у джерелі не вказано дати закриття.
eligibility-intro = Хто може подаватися ({ $title }):
activities-intro = { $title } фінансує:
activities-note = { $note }
consortium-intro = { $title }: у консорціумі очікуються такі партнери:
partners-intro = { $title }: партнери:
transnational = { $text }
target-groups-intro = { $title }: у проєктних пропозиціях слід приділити особливу увагу:
target-groups-none = { $title }: у джерелі не названо пріоритетних груп.
apply-intro = Як подати заявку ({ $title }):
apply-closed-warning = Зверніть увагу: цей конкурс закрився { $date }.

## Funds

funds-intro = Фонди та мережі, про які я знаю:
fund-line = { $name }

## Guidance

guidance-why = Чому допомагають партнерства з багатьма зацікавленими сторонами:
guidance-finding = Як знайти партнерів в інших країнах:

## Action Plan

plan-overview = { $title }: партнерських дій — { $count }. Завершено: { $complete }, очікують: { $pending }, тривають постійно: { $continuous }.
plan-goals = Його цілі:
action-line = Дія { $number }: { $title } ({ $status })
action-header = Дія { $number }: { $title }
action-status = Статус: { $status }
action-type = Тип: { $type }
status-continuous = триває постійно
status-complete = завершено
status-pending = очікується

## Projects

projects-intro = Приклади профінансованих проєктів:
project-line = { $name }: { $summary }
project-activities = Що було зроблено:

## Reminders

subscribe-done = Готово: я нагадаю вам перед дедлайнами. Підписка: { $what }.
subscribe-all-calls = усі конкурси
subscribe-closed = { $title }: конкурс закрився { $date }, тож нагадувати нема про що. Натомість я підписав вас на майбутні конкурси.
unsubscribe-done = Готово: нагадувань більше не буде. Скасовано: { $what }.
unsubscribe-none = У вас немає нагадувань, які можна вимкнути.
reminders-none = У вас немає нагадувань. Надішліть /subscribe, щоб отримувати нагадування перед кожним дедлайном.
reminders-list = Ваші нагадування: { $what }

## Settings

lang-set = Відтепер я відповідатиму вам такою мовою: { $language }.
lang-usage = Виберіть мову командою /lang <code>, наприклад /lang uk. Мови: { $languages }
store-error = Вибачте, зараз не вдалося це зберегти. Спробуйте, будь ласка, ще раз трохи згодом.
subscribe-how = Щоб отримувати нагадування про дедлайни, надішліть /subscribe у чаті зі мною (або /subscribe і назву конкурсу); /unsubscribe вимикає їх, а /reminders показує список.
subscribe-admins-only = Змінювати нагадування групи можуть лише її адміністратори. А підписатися самостійно ви можете в особистому чаті зі мною.
button-remind = 🔔 Нагадати про цей дедлайн
rate-limited = Ви надсилаєте повідомлення швидше, ніж я встигаю відповідати. Зачекайте, будь ласка, хвилину — після цього я знову вам відповім.
reminder-days = ⏰ Нагадування — { $title }: прийом заявок завершується через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, { $date } о { $time } ({ $zone }).
reminder-today = ⏰ Сьогодні останній день — { $title }: прийом заявок завершується о { $time } ({ $zone }).
reminder-moved = 📅 { $title }: дедлайн перенесено з { $from } на { $to } ({ $zone }).
reminder-footer = Надішліть /unsubscribe, щоб вимкнути ці нагадування.
forget-done = Готово: я видалив ваш вибір мови та нагадування цього чату. Більше нічого про вас я не зберігаю.
forget-nothing = Я не зберігав про вас жодних даних.
calendar-none = У вас немає нагадувань, тож немає дедлайнів, які можна додати до календаря. Спочатку надішліть /subscribe.
calendar-ready = Ось дедлайни ваших нагадувань у файлі календаря. Відкрийте його, щоб додати їх до свого календаря.
reminders-next = { $what } (наступне нагадування: { $date })
reminders-no-next = { $what } (поки що немає найближчих дедлайнів)
