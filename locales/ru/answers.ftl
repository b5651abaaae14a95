# Russian answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = Здравствуйте! Я отвечаю на вопросы о финансировании ЕС для интеграции мигрантов: открытые конкурсы, дедлайны, кто может подать заявку, партнёры консорциума, какие мероприятия финансируются и План действий ЕС. Пишите на своём языке.
help =
    Я рассказываю о финансировании интеграции мигрантов в Европе. Попробуйте спросить:
    • Какие конкурсы сейчас открыты?
    • Когда закрывается конкурс AMIF?
    • Кто должен входить в консорциум?
    • Что такое действие 10 Плана действий?
    Команды: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Извините, я отвечаю только на вопросы о финансировании интеграции мигрантов в Европе. Можно спросить, например:
fallback-suggestions =
    • Какие конкурсы сейчас открыты?
    • Какой дедлайн у AMIF?
    • Кто может подать заявку?
    • Какие партнёры нужны в консорциуме?
empty-question = Пожалуйста, напишите вопрос, например: «Какой дедлайн у AMIF?»

## Sources and translations

source = Источник: { $sources }
untranslated = (Ещё не переведено на русский; показано на английском.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
tz-europe-brussels = по брюссельскому времени

## Calls

calls-intro = Конкурсы на финансирование, о которых я знаю:
call-line-open = { $title }: открыт до { $date }
call-line-closed = { $title }: закрыт { $date }
call-line-no-deadline = { $title }: дата закрытия не указана
deadline-closed = { $title }: приём заявок завершился { $date } в { $time } ({ $zone }). Конкурс уже закрыт.
deadline-open = { $title }: заявки принимаются до { $date }, { $time } ({ $zone }). Осталось дней: { $days }.
deadline-none = { $title }: в источнике не указана дата закрытия.
eligibility-intro = Кто может подать заявку ({ $title }):
activities-intro = { $title } финансирует:
activities-note = { $note }
consortium-intro = { $title }: в консорциуме ожидаются такие партнёры:
partners-intro = { $title }: партнёры:
transnational = { $text }
target-groups-intro = { $title }: в проектных предложениях следует уделить особое внимание:
target-groups-none = { $title }: в источнике не названы приоритетные группы.
apply-intro = Как подать заявку ({ $title }):
apply-closed-warning = Обратите внимание: этот конкурс закрылся { $date }.

## Funds

funds-intro = Фонды и сети, о которых я знаю:
fund-line = { $name }

## Guidance

guidance-why = Чем полезны партнёрства с участием многих заинтересованных сторон:
guidance-finding = Как найти партнёров в других странах:

## Action Plan

plan-overview = { $title }: партнёрских действий — { $count }. Завершено: { $complete }, в ожидании: { $pending }, выполняются постоянно: { $continuous }.
plan-goals = Его цели:
action-line = Действие { $number }: { $title } ({ $status })
action-header = Действие { $number }: { $title }
action-status = Статус: { $status }
action-type = Тип: { $type }
status-continuous = выполняется постоянно
status-complete = завершено
status-pending = в ожидании

## Projects

projects-intro = Примеры профинансированных проектов:
project-line = { $name }: { $summary }
project-activities = Что было сделано:

## Reminders

subscribe-done = Готово: я напомню вам перед дедлайнами. Подписка: { $what }.
subscribe-all-calls = все конкурсы
subscribe-closed = { $title }: конкурс закрылся { $date }, так что напоминать не о чем. Вместо этого я подписал вас на будущие конкурсы.
unsubscribe-done = Готово: напоминаний больше не будет. Отменено: { $what }.
unsubscribe-none = У вас нет напоминаний, которые можно отключить.
reminders-none = У вас нет напоминаний. Отправьте /subscribe, чтобы получать напоминание перед каждым дедлайном.
reminders-list = Ваши напоминания: { $what }

## Settings

lang-set = Теперь я буду отвечать вам на этом языке: { $language }.
lang-usage = Выберите язык командой /lang <code>, например /lang ru. Языки: { $languages }
store-error = Извините, сейчас не получилось это сохранить. Попробуйте, пожалуйста, ещё раз чуть позже.
subscribe-how = Чтобы получать напоминания о сроках, отправьте /subscribe в чате со мной (или /subscribe и название конкурса); /unsubscribe отключает их, а /reminders показывает список.
subscribe-admins-only = Менять напоминания группы могут только её администраторы. А подписаться самостоятельно вы можете в личном чате со мной.
button-remind = 🔔 Напомнить об этом дедлайне
rate-limited = Вы отправляете сообщения быстрее, чем я успеваю отвечать. Подождите, пожалуйста, минуту — после этого я снова вам отвечу.
reminder-days = ⏰ Напоминание — { $title }: приём заявок завершается через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }, { $date } в { $time } ({ $zone }).
reminder-today = ⏰ Сегодня последний день — { $title }: приём заявок завершается в { $time } ({ $zone }).
reminder-moved = 📅 { $title }: дедлайн перенесён с { $from } на { $to } ({ $zone }).
reminder-footer = Отправьте /unsubscribe, чтобы отключить эти напоминания.
forget-done = Готово: я удалил ваш выбор языка и напоминания этого чата. Больше я ничего о вас не храню.
forget-nothing = Я не хранил о вас никаких данных.
calendar-none = У вас нет напоминаний, поэтому нет дедлайнов, которые можно добавить в календарь. Сначала отправьте /subscribe.
calendar-ready = Вот дедлайны ваших напоминаний в виде файла календаря. Откройте его, чтобы добавить их в свой календарь.
reminders-next = { $what } (следующее напоминание: { $date })
reminders-no-next = { $what } (пока нет предстоящих дедлайнов)
