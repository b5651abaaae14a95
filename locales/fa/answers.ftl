# Persian answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = سلام! من به سؤال‌ها درباره‌ی تأمین مالی اتحادیه اروپا برای ادغام مهاجران جواب می‌دهم: فراخوان‌های باز، مهلت‌ها، اینکه چه کسانی می‌توانند درخواست بدهند، شرکای کنسرسیوم، فعالیت‌های قابل تأمین مالی و برنامه اقدام اتحادیه اروپا. به زبان خودتان بپرسید.
help =
    می‌توانم درباره‌ی تأمین مالی ادغام مهاجران در اروپا به شما اطلاعات بدهم. مثلاً بپرسید:
    • کدام فراخوان‌ها باز هستند؟
    • فراخوان AMIF کی بسته می‌شود؟
    • چه کسانی باید در کنسرسیوم باشند؟
    • اقدام 10 برنامه اقدام چیست؟
    دستورها: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = متأسفم، فقط می‌توانم به سؤال‌های مربوط به تأمین مالی ادغام مهاجران در اروپا جواب بدهم. مثلاً می‌توانید بپرسید:
fallback-suggestions =
    • کدام فراخوان‌ها باز هستند؟
    • مهلت AMIF کی تمام می‌شود؟
    • چه کسانی می‌توانند درخواست بدهند؟
    • کنسرسیوم به چه شرکایی نیاز دارد؟
empty-question = لطفاً یک سؤال بنویسید، مثلاً: «مهلت AMIF کی تمام می‌شود؟»

## Sources and translations

source = منبع: { $sources }
untranslated = (هنوز به فارسی ترجمه نشده است؛ به انگلیسی نمایش داده می‌شود.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
tz-europe-brussels = به وقت بروکسل

## Calls

calls-intro = فراخوان‌های تأمین مالی که می‌شناسم:
call-line-open = { $title }: باز تا { $date }
call-line-closed = { $title }: در { $date } بسته شد
call-line-no-deadline = { $title }: تاریخ پایانی اعلام نشده است
deadline-closed = { $title } در { $date } ساعت { $time } ({ $zone }) بسته شد و دیگر باز نیست.
deadline-open = { $title } تا { $date } ساعت { $time } ({ $zone }) باز است: { $days } روز مانده است.
deadline-none = منبع برای { $title } تاریخ پایانی ذکر نکرده است.
eligibility-intro = چه کسانی می‌توانند برای { $title } درخواست بدهند:
activities-intro = { $title } این موارد را تأمین مالی می‌کند:
activities-note = { $note }
consortium-intro = { $title } انتظار دارد این شرکا در کنسرسیوم حضور داشته باشند:
partners-intro = { $title } با این نهادها همکاری می‌کند:
transnational = { $text }
target-groups-intro = { $title } از پیشنهادها می‌خواهد به این گروه‌ها توجه ویژه داشته باشند:
target-groups-none = منبع برای { $title } هیچ گروه اولویت‌داری نام نبرده است.
apply-intro = نحوه‌ی درخواست برای { $title }:
apply-closed-warning = توجه: این فراخوان در { $date } بسته شده است.

## Funds

funds-intro = صندوق‌ها و شبکه‌هایی که می‌شناسم:
fund-line = { $name }

## Guidance

guidance-why = چرا مشارکت‌های چندذی‌نفعی مفیدند:
guidance-finding = پیدا کردن شریک در کشورهای دیگر:

## Action Plan

plan-overview = { $title } شامل { $count } اقدام مشارکتی است: { $complete } تکمیل‌شده، { $pending } در انتظار و { $continuous } مستمر.
plan-goals = اهداف آن:
action-line = اقدام { $number }: { $title } ({ $status })
action-header = اقدام { $number }: { $title }
action-status = وضعیت: { $status }
action-type = نوع: { $type }
status-continuous = مستمر
status-complete = تکمیل‌شده
status-pending = در انتظار

## Projects

projects-intro = نمونه‌هایی از پروژه‌های تأمین‌مالی‌شده:
project-line = { $name }: { $summary }
project-activities = کارهایی که انجام داد:

## Reminders

subscribe-done = انجام شد: پیش از پایان مهلت‌های { $what } به شما یادآوری می‌کنم.
subscribe-all-calls = همه‌ی فراخوان‌ها
subscribe-closed = { $title } در { $date } بسته شده است، پس چیزی برای یادآوری نمانده. به جای آن، شما را برای فراخوان‌های آینده مشترک کردم.
unsubscribe-done = انجام شد: دیگر یادآوری‌ای درباره‌ی { $what } دریافت نمی‌کنید.
unsubscribe-none = یادآوری‌ای ندارید که متوقف شود.
reminders-none = هیچ یادآوری‌ای ندارید. برای دریافت یادآوری پیش از هر مهلت، /subscribe را بفرستید.
reminders-list = یادآوری‌های شما: { $what }

## Settings

lang-set = از این به بعد به زبان { $language } به شما جواب می‌دهم.
lang-usage = زبان را با /lang <code> انتخاب کنید، مثلاً /lang fr. زبان‌ها: { $languages }
store-error = متأسفم، الان نتوانستم این را ذخیره کنم. لطفاً چند لحظه دیگر دوباره امتحان کنید.
subscribe-how = برای دریافت یادآوری مهلت‌ها، در گفت‌وگو با من /subscribe را بفرستید (یا /subscribe و پس از آن نام یک فراخوان)؛ /unsubscribe یادآوری‌ها را متوقف می‌کند و /reminders فهرستشان را نشان می‌دهد.
subscribe-admins-only = یادآوری‌های این گروه را فقط مدیرانش می‌توانند تغییر بدهند. خودتان می‌توانید در یک گفت‌وگوی خصوصی با من مشترک شوید.
button-remind = 🔔 این مهلت را به من یادآوری کن
rate-limited = شما سریع‌تر از آنکه بتوانم جواب بدهم پیام می‌فرستید. لطفاً یک دقیقه صبر کنید؛ بعد از آن دوباره به شما جواب می‌دهم.
reminder-days = ⏰ یادآوری: { $title } { $days ->
       *[other] { $days } روز دیگر
    }، در { $date } ساعت { $time } ({ $zone }) بسته می‌شود.
reminder-today = ⏰ امروز آخرین روز است: { $title } ساعت { $time } ({ $zone }) بسته می‌شود.
reminder-moved = 📅 مهلت { $title } از { $from } به { $to } ({ $zone }) تغییر کرد.
reminder-footer = برای توقف این یادآوری‌ها، /unsubscribe را بفرستید.
forget-done = انجام شد: زبانی را که انتخاب کرده بودید و یادآوری‌های این گفت‌وگو را پاک کردم. هیچ چیز دیگری درباره‌ی شما نگه نمی‌دارم.
forget-nothing = چیزی درباره‌ی شما ذخیره نکرده بودم.
calendar-none = هیچ یادآوری‌ای ندارید، پس مهلتی برای افزودن به تقویم وجود ندارد. اول /subscribe را بفرستید.
calendar-ready = این هم مهلت‌های یادآوری‌های شما در قالب یک فایل تقویم. آن را باز کنید تا مهلت‌ها به تقویمتان اضافه شوند.
reminders-next = { $what } (یادآوری بعدی: { $date })
reminders-no-next = { $what } (فعلاً مهلتی در پیش نیست)
