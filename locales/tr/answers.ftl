# Turkish answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = Merhaba! Göçmen entegrasyonu için AB fonlarıyla ilgili soruları yanıtlıyorum: açık çağrılar, son başvuru tarihleri, kimlerin başvurabileceği, konsorsiyum ortakları, desteklenen faaliyetler ve AB Eylem Planı. Kendi dilinizde sorabilirsiniz.
help =
    Avrupa'da göçmen entegrasyonuna yönelik fonlar hakkında bilgi verebilirim. Şunları sormayı deneyin:
    • Hangi çağrılar açık?
    • AMIF çağrısı ne zaman kapanıyor?
    • Konsorsiyumda kimler yer almalı?
    • Eylem Planı'nın 10. eylemi nedir?
    Komutlar: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Üzgünüm, yalnızca Avrupa'da göçmen entegrasyonuna yönelik fonlarla ilgili soruları yanıtlayabiliyorum. Örneğin şunları sorabilirsiniz:
fallback-suggestions =
    • Hangi çağrılar açık?
    • AMIF için son başvuru tarihi ne zaman?
    • Kimler başvurabilir?
    • Bir konsorsiyumda hangi ortaklar olmalı?
empty-question = Lütfen bir soru yazın, örneğin: "AMIF için son başvuru tarihi ne zaman?"

## Sources and translations

source = Kaynak: { $sources }
untranslated = (Henüz Türkçeye çevrilmedi; İngilizce gösteriliyor.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
tz-europe-brussels = Brüksel saati

## Calls

calls-intro = Bildiğim fon çağrıları:
call-line-open = { $title }: { $date } tarihine kadar açık
call-line-closed = { $title }: { $date } tarihinde kapandı
call-line-no-deadline = { $title }: kapanış tarihi belirtilmemiş
deadline-closed = { $title }: { $date }, saat { $time } ({ $zone }) itibarıyla kapandı. Artık başvuruya açık değil.
deadline-open = { $title }: son başvuru { $date }, saat { $time } ({ $zone }). Kalan gün sayısı: { $days }.
deadline-none = Kaynak, şu çağrı için bir kapanış tarihi vermiyor: { $title }.
eligibility-intro = Kimler başvurabilir ({ $title }):
activities-intro = Desteklenen faaliyetler ({ $title }):
activities-note = { $note }
consortium-intro = Konsorsiyumda beklenen ortaklar ({ $title }):
partners-intro = Birlikte çalışılan kuruluşlar ({ $title }):
transnational = { $text }
target-groups-intro = { $title }: teklifler şu gruplara özellikle dikkat etmeli:
target-groups-none = { $title }: kaynakta öncelikli bir grup belirtilmiyor.
apply-intro = Nasıl başvurulur ({ $title }):
apply-closed-warning = Not: Bu çağrı { $date } tarihinde kapandı.

## Funds

funds-intro = Bildiğim fonlar ve ağlar:
fund-line = { $name }

## Guidance

guidance-why = Çok paydaşlı ortaklıklar neden işe yarar:
guidance-finding = Diğer ülkelerde ortak bulmak:

## Action Plan

plan-overview = { $title } kapsamında { $count } ortaklık eylemi var: { $complete } tamamlanmış, { $pending } beklemede ve { $continuous } sürekli.
plan-goals = Hedefleri:
action-line = Eylem { $number }: { $title } ({ $status })
action-header = Eylem { $number }: { $title }
action-status = Durum: { $status }
action-type = Tür: { $type }
status-continuous = sürekli
status-complete = tamamlandı
status-pending = beklemede

## Projects

projects-intro = Desteklenen proje örnekleri:
project-line = { $name }: { $summary }
project-activities = Neler yaptı:

## Reminders

subscribe-done = Tamam: { $what } için son başvuru tarihlerinden önce size hatırlatma göndereceğim.
subscribe-all-calls = tüm çağrılar
subscribe-closed = { $title } { $date } tarihinde kapandı, bu yüzden hatırlatılacak bir şey yok. Bunun yerine sizi gelecek çağrılar için kaydettim.
unsubscribe-done = Tamam: { $what } için artık hatırlatma almayacaksınız.
unsubscribe-none = Durdurulacak bir hatırlatmanız yok.
reminders-none = Hiç hatırlatmanız yok. Her son başvuru tarihinden önce bir hatırlatma almak için /subscribe gönderin.
reminders-list = Hatırlatmalarınız: { $what }

## Settings

lang-set = Bundan sonra size şu dilde yanıt vereceğim: { $language }.
lang-usage = /lang <code> ile bir dil seçin, örneğin /lang fr. Diller: { $languages }
store-error = Üzgünüm, bunu şu anda kaydedemedim. Lütfen birazdan tekrar deneyin.
subscribe-how = Son başvuru tarihi hatırlatmaları almak için benimle bir sohbette /subscribe gönderin (ya da /subscribe ve ardından bir çağrı); /unsubscribe hatırlatmaları durdurur, /reminders ise listeler.
subscribe-admins-only = Grubun hatırlatmalarını yalnızca grup yöneticileri değiştirebilir. Kendiniz için benimle özel bir sohbette abone olabilirsiniz.
button-remind = 🔔 Bu son başvuru tarihini bana hatırlat
rate-limited = Yanıt verebileceğimden daha hızlı mesaj gönderiyorsunuz. Lütfen bir dakika bekleyin; ardından size yeniden yanıt vereceğim.
reminder-days = ⏰ Hatırlatma – { $title }: son başvuruya { $days ->
       *[other] { $days } gün
    } kaldı. Son başvuru: { $date }, saat { $time } ({ $zone }).
reminder-today = ⏰ Bugün son gün – { $title }: başvurular saat { $time } ({ $zone }) itibarıyla kapanıyor.
reminder-moved = 📅 { $title }: son başvuru tarihi değişti. Eski tarih: { $from }, yeni tarih: { $to } ({ $zone }).
reminder-footer = Bu hatırlatmaları durdurmak için /unsubscribe gönderin.
forget-done = Tamam: dil tercihinizi ve bu sohbetin hatırlatmalarını sildim. Hakkınızda başka hiçbir şey saklamıyorum.
forget-nothing = Hakkınızda kayıtlı hiçbir şey yoktu.
calendar-none = Hiç hatırlatmanız yok, bu yüzden takvime eklenecek bir son başvuru tarihi de yok. Önce /subscribe gönderin.
calendar-ready = Hatırlatmalarınızdaki son başvuru tarihleri bir takvim dosyası olarak burada. Takviminize eklemek için dosyayı açın.
reminders-next = { $what } (sonraki hatırlatma: { $date })
reminders-no-next = { $what } (şimdilik yaklaşan son başvuru tarihi yok)
