# Arabic answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = مرحباً! أجيب عن الأسئلة حول تمويل الاتحاد الأوروبي لإدماج المهاجرين: الدعوات المفتوحة، والمواعيد النهائية، ومن يحق له التقديم، والشركاء في الكونسورتيوم، والأنشطة الممولة، وخطة العمل الأوروبية. اسألني بلغتك.
help =
    أستطيع أن أخبرك عن تمويل إدماج المهاجرين في أوروبا. جرّب أن تسأل:
    • ما هي الدعوات المفتوحة؟
    • متى تُغلق دعوة AMIF؟
    • من يجب أن يكون في الكونسورتيوم؟
    • ما هو الإجراء 10 في خطة العمل؟
    الأوامر: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = عذراً، أستطيع الإجابة فقط عن الأسئلة المتعلقة بتمويل إدماج المهاجرين في أوروبا. يمكنك أن تسأل مثلاً:
fallback-suggestions =
    • ما هي الدعوات المفتوحة؟
    • متى الموعد النهائي لدعوة AMIF؟
    • من يحق له التقديم؟
    • ما الشركاء الذين يحتاجهم الكونسورتيوم؟
empty-question = من فضلك اكتب سؤالاً، مثلاً: "متى الموعد النهائي لدعوة AMIF؟"

## Sources and translations

source = المصدر: { $sources }
untranslated = (لم يُترجم بعد إلى العربية؛ معروض بالإنجليزية.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
tz-europe-brussels = بتوقيت بروكسل

## Calls

calls-intro = دعوات التمويل التي أعرفها:
call-line-open = { $title }: التقديم مفتوح حتى { $date }
call-line-closed = { $title }: انتهى التقديم في { $date }
call-line-no-deadline = { $title }: لا يوجد تاريخ إغلاق محدد
deadline-closed = انتهى التقديم على { $title } في { $date } الساعة { $time } ({ $zone }). لم يعد التقديم مفتوحاً.
deadline-open = التقديم على { $title } مفتوح حتى { $date } الساعة { $time } ({ $zone }). الأيام المتبقية: { $days }.
deadline-none = لا يذكر المصدر تاريخاً لإغلاق { $title }.
eligibility-intro = من يحق له التقديم على { $title }:
activities-intro = ما يغطيه التمويل في { $title }:
activities-note = { $note }
consortium-intro = الشركاء المتوقَّع وجودهم في الكونسورتيوم ضمن { $title }:
partners-intro = شركاء { $title }:
transnational = { $text }
target-groups-intro = في { $title }، يُطلب من المقترحات إيلاء اهتمام خاص بما يلي:
target-groups-none = لا يذكر المصدر فئات ذات أولوية في { $title }.
apply-intro = طريقة التقديم على { $title }:
apply-closed-warning = ملاحظة: انتهى التقديم على هذه الدعوة في { $date }.

## Funds

funds-intro = الصناديق والشبكات التي أعرفها:
fund-line = { $name }

## Guidance

guidance-why = لماذا تفيد الشراكات متعددة أصحاب المصلحة:
guidance-finding = إيجاد شركاء في دول أخرى:

## Action Plan

plan-overview = تضم { $title } عدداً من إجراءات الشراكة هو { $count }: { $complete } مكتملة، و{ $pending } قيد الانتظار، و{ $continuous } مستمرة.
plan-goals = أهدافها:
action-line = الإجراء { $number }: { $title } ({ $status })
action-header = الإجراء { $number }: { $title }
action-status = الحالة: { $status }
action-type = النوع: { $type }
status-continuous = مستمر
status-complete = مكتمل
status-pending = قيد الانتظار

## Projects

projects-intro = أمثلة على مشاريع ممولة:
project-line = { $name }: { $summary }
project-activities = ما قام به المشروع:

## Reminders

subscribe-done = تم: سأذكّرك قبل المواعيد النهائية لـ { $what }.
subscribe-all-calls = جميع الدعوات
subscribe-closed = انتهى التقديم على { $title } في { $date }، لذلك لا يوجد ما أذكّرك به. وبدلاً من ذلك سجّلتك لتلقي تذكيرات بالدعوات القادمة.
unsubscribe-done = تم: لن تصلك تذكيرات أخرى بشأن { $what }.
unsubscribe-none = ليس لديك تذكيرات لإيقافها.
reminders-none = ليس لديك أي تذكيرات. أرسل /subscribe لتصلك تذكيرات قبل كل موعد نهائي.
reminders-list = تذكيراتك: { $what }

## Settings

lang-set = من الآن فصاعداً سأجيبك باللغة { $language }.
lang-usage = اختر لغة باستخدام /lang <code>، مثلاً /lang fr. اللغات المتاحة: { $languages }
store-error = عذراً، لم أتمكن من حفظ ذلك الآن. يرجى المحاولة مرة أخرى بعد قليل.
subscribe-how = لتلقي تذكيرات بالمواعيد النهائية، أرسل /subscribe في محادثة معي (أو /subscribe متبوعاً باسم الدعوة)؛ الأمر /unsubscribe يوقفها، والأمر /reminders يعرضها.
subscribe-admins-only = يمكن لمشرفي المجموعة فقط تغيير تذكيراتها. ويمكنك الاشتراك بنفسك في محادثة خاصة معي.
button-remind = 🔔 ذكّرني بهذا الموعد النهائي
rate-limited = ترسل رسائلك أسرع مما أستطيع الرد عليها. من فضلك انتظر دقيقة، وبعدها سأرد عليك مجدداً.
reminder-days = ⏰ تذكير: ينتهي التقديم على { $title } بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }، في { $date } الساعة { $time } ({ $zone }).
reminder-today = ⏰ اليوم هو اليوم الأخير: ينتهي التقديم على { $title } الساعة { $time } ({ $zone }).
reminder-moved = 📅 تغيّر الموعد النهائي للتقديم على { $title } من { $from } إلى { $to } ({ $zone }).
reminder-footer = أرسل /unsubscribe لإيقاف هذه التذكيرات.
forget-done = تم: حذفتُ اللغة التي اخترتها وتذكيرات هذه المحادثة. ولا أحتفظ بأي شيء آخر عنك.
forget-nothing = لم يكن لديّ أي شيء محفوظ عنك.
calendar-none = ليس لديك أي تذكيرات، لذلك لا توجد مواعيد نهائية لإضافتها إلى التقويم. أرسل /subscribe أولاً.
calendar-ready = إليك المواعيد النهائية لتذكيراتك في ملف تقويم. افتحه لإضافتها إلى تقويمك.
reminders-next = { $what } (التذكير التالي: { $date })
reminders-no-next = { $what } (لا يوجد موعد نهائي قادم حالياً)
