"""Tuning templates by a third independent author, eight per shape, in genres the other tune files do not
use. Clinical: HL7 v2 ADT feeds, FHIR JSON bundles, CCDA-style XML headers, ambulance handovers,
pharmacy labels, pathology headers, insurance pre-authorisations, clinic letters to GPs. E-mail: raw
RFC 822 headers with Received lines, nested "On ... wrote:" chains, GDPR access requests, solicitors'
complaint letters, HTML remnants, delivery-failure bounces, security alerts, plain-text newsletters.
Transcripts: depositions, tribunal hearings, ASR JSON segments, voicemail inboxes, dispatch CAD logs,
chat-completion JSON, livestream chat, Slack JSON exports. HR: bank-detail change forms, background
checks, sick-leave records, exit interviews, org-chart CSV, Lebenslauf, Europass CVs, profile scrapes.
Forms: telecom bills, SWIFT MT103 confirmations, car-hire agreements, penalty notices, hotel folios,
CN23 customs declarations, markdown registration exports, tenancy agreements. International contacts:
Japan (〒, kanji and romaji), Korea (Hangul and romanised), China/Taiwan/Hong Kong, India (PIN, S/o),
Mexico and Latin America (Col., C.P.), Turkey and Greece, Russia and Ukraine (Cyrillic and Latin), the
Gulf, Nigeria, Kenya, South Africa and New Zealand; in guest lists, phone books, alumni notes, manifests,
card lists and badge lists."""

from __future__ import annotations

import json
from datetime import date, timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, upper
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen, Person, ascii_fold

T = Registry()

# ---------------------------------------------------------------- shared helpers


def _hm(g: Gen, h0: int = 7, h1: int = 22) -> str:
    return f"{g.rng.randrange(h0, h1):02d}:{g.rng.randrange(60):02d}"


def _times(g: Gen, n: int, m0: int = 8 * 60, m1: int = 20 * 60) -> list[int]:
    return sorted(g.rng.sample(range(m0, m1), n))


def _clock(m: int, secs: int | None = None) -> str:
    out = f"{m // 60 % 24:02d}:{m % 60:02d}"
    return out if secs is None else f"{out}:{secs:02d}"


def _dob_day(g: Gen) -> date:
    return g.day(1932, 2005)


def _dob(g: Gen, style: str | None = None, d: date | None = None) -> Ent:
    return g.date(d or _dob_day(g), style, dob=True)


def _raw_date(d: date, fmt: str, dob: bool = False) -> Ent:
    return ent(d.strftime(fmt), "DATE", dob=dob)


def _years(today: date, born: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _culture_person(g: Gen, culture: str) -> Person:
    fem, male, lasts = outside_names.culture(culture)
    female = g.chance(0.5) if fem and male else bool(fem)
    firsts = fem if female else male
    return Person(g.pick(firsts), g.pick(lasts), g.pick(firsts), female, "en_US")


def _mail_of(g: Gen, p: Person, org: Ent | None = None) -> Ent:
    return g.email(p, g.domain_of(org) if org is not None else None)


def _slug(p: Person) -> str:
    return ascii_fold(f"{p.first}.{p.last}").lower().replace(" ", "").replace("'", "")


def _json(text: str) -> str:
    """A value as it appears inside a JSON string (without the quotes)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _jent(e: Ent) -> Ent:
    return Ent(_json(e.text), e.entity, e.tier)


def _table(b: Builder, header: list[str], rows: list[list], sep: str = " | ", edge: bool = False) -> None:
    """A markdown-ish table; cells are pieces."""
    pre, post = ("| ", " |") if edge else ("", "")
    b(pre, sep.join(header), post, "\n")
    b(pre, sep.join("-" * max(3, len(h)) for h in header), post, "\n")
    for row in rows:
        out: list = [pre]
        for i, cell in enumerate(row):
            out += [sep] * bool(i) + [cell]
        b(*out, post, "\n")


# ---------------------------------------------------------------- locale material Faker lacks

# Japan: (prefecture kanji, romaji, city kanji or "", romaji or "", ward kanji, romaji, area kanji,
# romaji, postcode)
_JP_PLACES = (
    ("東京都", "Tokyo", "", "", "新宿区", "Shinjuku-ku", "西新宿", "Nishi-Shinjuku", "160-0023"),
    ("東京都", "Tokyo", "", "", "世田谷区", "Setagaya-ku", "三軒茶屋", "Sangenjaya", "154-0024"),
    ("東京都", "Tokyo", "", "", "港区", "Minato-ku", "赤坂", "Akasaka", "107-0052"),
    ("大阪府", "Osaka", "大阪市", "Osaka-shi", "北区", "Kita-ku", "梅田", "Umeda", "530-0001"),
    (
        "神奈川県",
        "Kanagawa",
        "横浜市",
        "Yokohama-shi",
        "中区",
        "Naka-ku",
        "山下町",
        "Yamashita-cho",
        "231-0023",
    ),
    (
        "京都府",
        "Kyoto",
        "京都市",
        "Kyoto-shi",
        "左京区",
        "Sakyo-ku",
        "下鴨泉川町",
        "Shimogamo-Izumigawacho",
        "606-0807",
    ),
    ("愛知県", "Aichi", "名古屋市", "Nagoya-shi", "中村区", "Nakamura-ku", "名駅", "Meieki", "450-0002"),
    ("北海道", "Hokkaido", "札幌市", "Sapporo-shi", "中央区", "Chuo-ku", "大通西", "Odori-nishi", "060-0042"),
    (
        "福岡県",
        "Fukuoka",
        "福岡市",
        "Fukuoka-shi",
        "博多区",
        "Hakata-ku",
        "博多駅前",
        "Hakataekimae",
        "812-0011",
    ),
)
_JP_BUILDINGS = (
    ("グランドメゾン", "Grand Maison"),
    ("サンライズビル", "Sunrise Bldg."),
    ("コーポ桜", "Corpo Sakura"),
    ("パークハイツ", "Park Heights"),
    ("メゾン青葉", "Maison Aoba"),
)
_JP_FAMILY = (
    ("佐藤", "Sato"),
    ("鈴木", "Suzuki"),
    ("高橋", "Takahashi"),
    ("田中", "Tanaka"),
    ("伊藤", "Ito"),
    ("中村", "Nakamura"),
    ("小林", "Kobayashi"),
    ("加藤", "Kato"),
    ("吉田", "Yoshida"),
    ("山口", "Yamaguchi"),
    ("松本", "Matsumoto"),
    ("井上", "Inoue"),
    ("木村", "Kimura"),
    ("清水", "Shimizu"),
    ("森田", "Morita"),
)
_JP_GIVEN = (
    ("陽菜", "Hina", True),
    ("結衣", "Yui", True),
    ("美咲", "Misaki", True),
    ("直子", "Naoko", True),
    ("恵子", "Keiko", True),
    ("由美", "Yumi", True),
    ("大翔", "Hiroto", False),
    ("健太", "Kenta", False),
    ("翔太", "Shota", False),
    ("誠", "Makoto", False),
    ("浩二", "Koji", False),
    ("拓也", "Takuya", False),
)
_JP_PHONES = (
    "03-####-####",
    "06-####-####",
    "090-####-####",
    "080-####-####",
    "+81-3-####-####",
    "+81 90-####-####",
)

# Korea: (city Hangul, romanised, gu Hangul, romanised, road Hangul, romanised, dong Hangul, postcode)
_KR_PLACES = (
    ("서울특별시", "Seoul", "강남구", "Gangnam-gu", "테헤란로", "Teheran-ro", "역삼동", "06236"),
    ("서울특별시", "Seoul", "마포구", "Mapo-gu", "월드컵북로", "World Cup buk-ro", "상암동", "03925"),
    ("서울특별시", "Seoul", "종로구", "Jongno-gu", "세종대로", "Sejong-daero", "세종로", "03154"),
    ("서울특별시", "Seoul", "송파구", "Songpa-gu", "올림픽로", "Olympic-ro", "잠실동", "05551"),
    (
        "부산광역시",
        "Busan",
        "해운대구",
        "Haeundae-gu",
        "해운대해변로",
        "Haeundaehaebyeon-ro",
        "우동",
        "48094",
    ),
    ("대구광역시", "Daegu", "수성구", "Suseong-gu", "달구벌대로", "Dalgubeol-daero", "범어동", "42020"),
    ("인천광역시", "Incheon", "연수구", "Yeonsu-gu", "컨벤시아대로", "Convensia-daero", "송도동", "21998"),
)
_KR_FAMILY = (
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("한", "Han"),
    ("임", "Lim"),
)
_KR_GIVEN = (
    ("민준", "Min-jun", False),
    ("서연", "Seo-yeon", True),
    ("지호", "Ji-ho", False),
    ("하은", "Ha-eun", True),
    ("도윤", "Do-yoon", False),
    ("수아", "Su-ah", True),
    ("현우", "Hyun-woo", False),
    ("은지", "Eun-ji", True),
    ("성민", "Sung-min", False),
    ("지은", "Ji-eun", True),
)
_KR_PHONES = ("010-####-####", "02-###-####", "+82 10-####-####", "+82 2-####-####", "051-###-####")

# Mainland China: (province or "", pinyin, city, pinyin, district, English, road, English, postcode)
_CN_PLACES = (
    ("", "", "上海市", "Shanghai", "浦东新区", "Pudong New Area", "世纪大道", "Century Avenue", "200120"),
    ("", "", "北京市", "Beijing", "朝阳区", "Chaoyang District", "建国路", "Jianguo Road", "100022"),
    (
        "广东省",
        "Guangdong",
        "广州市",
        "Guangzhou",
        "天河区",
        "Tianhe District",
        "天河路",
        "Tianhe Road",
        "510620",
    ),
    (
        "广东省",
        "Guangdong",
        "深圳市",
        "Shenzhen",
        "南山区",
        "Nanshan District",
        "深南大道",
        "Shennan Avenue",
        "518057",
    ),
    (
        "四川省",
        "Sichuan",
        "成都市",
        "Chengdu",
        "武侯区",
        "Wuhou District",
        "人民南路",
        "Renmin South Road",
        "610041",
    ),
    (
        "浙江省",
        "Zhejiang",
        "杭州市",
        "Hangzhou",
        "西湖区",
        "Xihu District",
        "文三路",
        "Wensan Road",
        "310012",
    ),
)
_CN_FAMILY = (
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
)
_CN_GIVEN = (
    ("伟", "Wei", False),
    ("芳", "Fang", True),
    ("秀英", "Xiuying", True),
    ("建国", "Jianguo", False),
    ("静", "Jing", True),
    ("丽娟", "Lijuan", True),
    ("志强", "Zhiqiang", False),
    ("浩然", "Haoran", False),
    ("雨涵", "Yuhan", True),
    ("子轩", "Zixuan", False),
)
# Hong Kong: (region Chinese, English, district Chinese, English, road Chinese, English)
_HK_PLACES = (
    ("香港", "Hong Kong", "中環", "Central", "皇后大道中", "Queen's Road Central"),
    ("九龍", "Kowloon", "旺角", "Mong Kok", "彌敦道", "Nathan Road"),
    ("新界", "New Territories", "沙田", "Sha Tin", "沙田正街", "Sha Tin Centre Street"),
    ("香港", "Hong Kong", "銅鑼灣", "Causeway Bay", "軒尼詩道", "Hennessy Road"),
    ("九龍", "Kowloon", "觀塘", "Kwun Tong", "開源道", "Hoi Yuen Road"),
)
_HK_FAMILY = (
    ("陳", "Chan"),
    ("黃", "Wong"),
    ("李", "Lee"),
    ("張", "Cheung"),
    ("劉", "Lau"),
    ("吳", "Ng"),
    ("梁", "Leung"),
)
_HK_GIVEN = (
    ("嘉欣", "Ka Yan", True, "Winnie"),
    ("志明", "Chi Ming", False, "Kelvin"),
    ("詠詩", "Wing Sze", True, "Cherry"),
    ("家豪", "Ka Ho", False, "Jacky"),
    ("美玲", "Mei Ling", True, "Queenie"),
    ("偉強", "Wai Keung", False, "Raymond"),
)
# Taiwan: (city Chinese, English, district Chinese, English, road Chinese, English, postcode)
_TW_PLACES = (
    ("臺北市", "Taipei City", "大安區", "Da'an Dist.", "忠孝東路四段", "Sec. 4, Zhongxiao E. Rd.", "106"),
    ("新北市", "New Taipei City", "板橋區", "Banqiao Dist.", "文化路一段", "Sec. 1, Wenhua Rd.", "220"),
    ("臺中市", "Taichung City", "西屯區", "Xitun Dist.", "臺灣大道三段", "Sec. 3, Taiwan Blvd.", "407"),
    ("高雄市", "Kaohsiung City", "苓雅區", "Lingya Dist.", "四維三路", "Siwei 3rd Rd.", "802"),
)
_TW_FAMILY = (
    ("林", "Lin"),
    ("陳", "Chen"),
    ("黃", "Huang"),
    ("張", "Chang"),
    ("蔡", "Tsai"),
    ("許", "Hsu"),
    ("鄭", "Cheng"),
)
_TW_GIVEN = (
    ("怡君", "Yi-Chun", True),
    ("家豪", "Chia-Hao", False),
    ("雅婷", "Ya-Ting", True),
    ("志偉", "Chih-Wei", False),
    ("淑芬", "Shu-Fen", True),
    ("冠宇", "Kuan-Yu", False),
)

# India: (locality, city, state, PIN)
_IN_PLACES = (
    ("Indiranagar", "Bengaluru", "Karnataka", "560038"),
    ("Koramangala 5th Block", "Bengaluru", "Karnataka", "560095"),
    ("Andheri (West)", "Mumbai", "Maharashtra", "400053"),
    ("Powai", "Mumbai", "Maharashtra", "400076"),
    ("Salt Lake Sector V", "Kolkata", "West Bengal", "700091"),
    ("T. Nagar", "Chennai", "Tamil Nadu", "600017"),
    ("Banjara Hills", "Hyderabad", "Telangana", "500034"),
    ("Kothrud", "Pune", "Maharashtra", "411038"),
    ("Vasant Kunj", "New Delhi", "Delhi", "110070"),
    ("Navrangpura", "Ahmedabad", "Gujarat", "380009"),
    ("Kakkanad", "Kochi", "Kerala", "682030"),
)
_IN_BUILDINGS = (
    "Sai Krupa Apartments",
    "Shanti Niketan CHS",
    "Green Park Residency",
    "Sri Venkateswara Towers",
    "Gulmohar Enclave",
    "Om Sai Heights",
)
_IN_ROADS = (
    "100 Feet Road",
    "4th Cross",
    "MG Road",
    "Link Road",
    "S.V. Road",
    "2nd Main Road",
    "Nehru Nagar Road",
)
_IN_FIRST = (
    ("Priya", True),
    ("Ananya", True),
    ("Kavitha", True),
    ("Sunita", True),
    ("Deepa", True),
    ("Rahul", False),
    ("Vikram", False),
    ("Suresh", False),
    ("Arjun", False),
    ("Ramesh", False),
    ("Venkatesh", False),
)
_IN_LAST = (
    "Sharma",
    "Iyer",
    "Nair",
    "Reddy",
    "Patel",
    "Deshpande",
    "Banerjee",
    "Menon",
    "Kulkarni",
    "Rao",
    "Gupta",
)
_IN_PHONES = (
    "+91 98### #####",
    "+91-9#########",
    "098## #####",
    "080-2###-####",
    "+91 22 2### ####",
    "9#########",
)

# Mexico: (colonia, alcaldía / municipio or "", city, state, C.P.)
_MX_PLACES = (
    ("Col. Roma Norte", "Alcaldía Cuauhtémoc", "Ciudad de México", "CDMX", "06700"),
    ("Col. Del Valle Centro", "Del. Benito Juárez", "Ciudad de México", "CDMX", "03100"),
    ("Col. Polanco V Sección", "Alcaldía Miguel Hidalgo", "Ciudad de México", "CDMX", "11560"),
    ("Col. Coyoacán Centro", "Del. Coyoacán", "México, D.F.", "", "04000"),
    ("Col. Americana", "", "Guadalajara", "Jal.", "44160"),
    ("Col. Obispado", "", "Monterrey", "N.L.", "64060"),
    ("Fracc. Las Ánimas", "", "Xalapa", "Ver.", "91190"),
)
_MX_STREETS = (
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Álvaro Obregón",
    "Calle Orizaba",
    "Av. Chapultepec",
    "Calle Morelos",
    "Calle 5 de Mayo",
    "Av. Vallarta",
)
# Elsewhere in Latin America: (street pattern, city, region, postcode pattern or "", country, phones)
_LATAM = (
    (
        "Carrera %# ~ %#-%#, Oficina %##",
        "Bogotá",
        "D.C.",
        "",
        "Colombia",
        ("+57 3## ### ####", "(601) ### ####"),
    ),
    (
        "Calle %# Sur ~ %#A-%#",
        "Medellín",
        "Antioquia",
        "",
        "Colombia",
        ("+57 3## ### ####", "(604) ### ####"),
    ),
    (
        "Av. Corrientes ####, Piso #, Dto. B",
        "CABA",
        "",
        "C1043@@@",
        "Argentina",
        ("+54 9 11 ####-####", "(011) 4###-####"),
    ),
    (
        "Av. Providencia ####, depto ##",
        "Santiago",
        "Región Metropolitana",
        "75#####",
        "Chile",
        ("+56 9 #### ####",),
    ),
    ("Jr. de la Unión ###, Dpto. ###", "Lima", "", "Lima ##", "Perú", ("+51 9## ### ###", "(01) ###-####")),
)
_MX_PHONES = ("+52 55 ####-####", "55 #### ####", "(33) ####-####", "+52 1 55 #### ####", "(81) ####-####")

# Turkey: (mahalle, cadde or "", sokak or "", ilçe, il, postcode)
_TR_PLACES = (
    ("Caferağa Mah.", "Moda Cad.", "Ferit Tek Sok.", "Kadıköy", "İstanbul", "34710"),
    ("Atatürk Mah.", "", "Ertuğrul Gazi Sok.", "Ataşehir", "İstanbul", "34758"),
    ("Kızılay Mah.", "Atatürk Blv.", "", "Çankaya", "Ankara", "06420"),
    ("Alsancak Mah.", "Kıbrıs Şehitleri Cad.", "1453 Sok.", "Konak", "İzmir", "35220"),
    ("Şirinevler Mah.", "Adnan Kahveci Cad.", "Şair Nefi Sok.", "Bahçelievler", "İstanbul", "34188"),
    ("Fethiye Mah.", "", "Gül Sok.", "Nilüfer", "Bursa", "16140"),
)
_TR_FIRST = (
    ("Ayşe", True),
    ("Elif", True),
    ("Zeynep", True),
    ("Çağla", True),
    ("Gülşen", True),
    ("Mehmet", False),
    ("Mustafa", False),
    ("Emre", False),
    ("Gökhan", False),
    ("Şükrü", False),
)
_TR_LAST = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç")
_TR_PHONES = ("+90 5## ### ## ##", "0 (5##) ### ## ##", "0212 ### ## ##", "+90 312 ### ## ##")

# Greece: (street Greek, Latin, town Greek, Latin, postcode)
_GR_PLACES = (
    ("Ερμού", "Ermou", "Αθήνα", "Athina", "105 63"),
    ("Πανεπιστημίου", "Panepistimiou", "Αθήνα", "Athens", "106 79"),
    ("Τσιμισκή", "Tsimiski", "Θεσσαλονίκη", "Thessaloniki", "546 24"),
    ("Κορίνθου", "Korinthou", "Πάτρα", "Patra", "262 23"),
    ("Λεωφ. Κηφισίας", "Leof. Kifisias", "Μαρούσι", "Marousi", "151 24"),
    ("Αγίου Μηνά", "Agiou Mina", "Ηράκλειο", "Irakleio", "712 01"),
)
_GR_FIRST = (
    ("Γεώργιος", "Georgios", False),
    ("Δημήτρης", "Dimitris", False),
    ("Κωνσταντίνος", "Konstantinos", False),
    ("Νίκος", "Nikos", False),
    ("Μαρία", "Maria", True),
    ("Ελένη", "Eleni", True),
    ("Αικατερίνη", "Aikaterini", True),
    ("Σοφία", "Sofia", True),
)
# (male Greek, Latin, female Greek, Latin)
_GR_LAST = (
    ("Παπαδόπουλος", "Papadopoulos", "Παπαδοπούλου", "Papadopoulou"),
    ("Νικολάου", "Nikolaou", "Νικολάου", "Nikolaou"),
    ("Οικονόμου", "Oikonomou", "Οικονόμου", "Oikonomou"),
    ("Καραγιάννης", "Karagiannis", "Καραγιάννη", "Karagianni"),
    ("Βλάχος", "Vlachos", "Βλάχου", "Vlachou"),
    ("Μακρής", "Makris", "Μακρή", "Makri"),
)
_GR_PHONES = ("+30 210 ### ####", "69## ######", "+30 69# ### ####", "2310 ######")

# Russia and Ukraine: (street Cyrillic, Latin, city Cyrillic, Latin, postcode pattern, country Cyr., Latin)
_RU_PLACES = (
    ("ул. Тверская", "ul. Tverskaya", "Москва", "Moscow", "1250##", "Россия", "Russia"),
    ("Невский пр.", "Nevsky pr.", "Санкт-Петербург", "St Petersburg", "1910##", "Россия", "Russia"),
    ("ул. Ленина", "ul. Lenina", "Екатеринбург", "Yekaterinburg", "6200##", "Россия", "Russia"),
    ("ул. Баумана", "ul. Baumana", "Казань", "Kazan", "4201##", "Россия", "Russia"),
    ("вул. Хрещатик", "vul. Khreshchatyk", "Київ", "Kyiv", "010##", "Україна", "Ukraine"),
    ("вул. Дерибасівська", "vul. Derybasivska", "Одеса", "Odesa", "650##", "Україна", "Ukraine"),
    ("просп. Свободи", "prosp. Svobody", "Львів", "Lviv", "790##", "Україна", "Ukraine"),
)
# (Cyrillic, Latin, female?) ; surnames (male Cyr, Latin, female Cyr, Latin); patronymics likewise
_RU_FIRST = (
    ("Иван", "Ivan", False),
    ("Дмитрий", "Dmitry", False),
    ("Сергей", "Sergey", False),
    ("Мария", "Maria", True),
    ("Екатерина", "Ekaterina", True),
    ("Ольга", "Olga", True),
)
_UA_FIRST = (
    ("Олександр", "Oleksandr", False),
    ("Андрій", "Andriy", False),
    ("Тарас", "Taras", False),
    ("Олена", "Olena", True),
    ("Оксана", "Oksana", True),
    ("Ірина", "Iryna", True),
)
_RU_LAST = (
    ("Смирнов", "Smirnov", "Смирнова", "Smirnova"),
    ("Кузнецов", "Kuznetsov", "Кузнецова", "Kuznetsova"),
    ("Волков", "Volkov", "Волкова", "Volkova"),
    ("Соколов", "Sokolov", "Соколова", "Sokolova"),
)
_UA_LAST = (
    ("Шевченко", "Shevchenko", "Шевченко", "Shevchenko"),
    ("Коваленко", "Kovalenko", "Коваленко", "Kovalenko"),
    ("Бондаренко", "Bondarenko", "Бондаренко", "Bondarenko"),
    ("Мельник", "Melnyk", "Мельник", "Melnyk"),
)
_RU_PATRONYMIC = (
    ("Сергеевич", "Sergeyevich", "Сергеевна", "Sergeyevna"),
    ("Александрович", "Aleksandrovich", "Александровна", "Aleksandrovna"),
    ("Викторович", "Viktorovich", "Викторовна", "Viktorovna"),
)
_UA_PATRONYMIC = (
    ("Іванович", "Ivanovych", "Іванівна", "Ivanivna"),
    ("Петрович", "Petrovych", "Петрівна", "Petrivna"),
    ("Михайлович", "Mykhailovych", "Михайлівна", "Mykhailivna"),
)
_RU_PHONES = ("+7 (495) ###-##-##", "8 (9##) ###-##-##", "+7 9## ###-##-##")
_UA_PHONES = ("+380 44 ### ####", "+380 (67) ### ## ##", "067 ### ## ##")

# The Gulf, Africa and New Zealand
_GULF_FIRST = (
    ("Khalid", False),
    ("Saeed", False),
    ("Hamad", False),
    ("Sultan", False),
    ("Majid", False),
    ("Mariam", True),
    ("Aisha", True),
    ("Noura", True),
    ("Hessa", True),
    ("Shamma", True),
)
_GULF_FATHER = ("Mohammed", "Abdullah", "Rashid", "Saif", "Ahmed", "Obaid")
_GULF_FAMILY = (
    "Al Mansoori",
    "Al Hashimi",
    "Al Falasi",
    "Al Suwaidi",
    "Al Ketbi",
    "Al Nuaimi",
    "Al-Qahtani",
    "Al Thani",
)
# (street pattern or "", district, city, country, P.O. Box pattern or "", postcode pattern or "", phones)
_GULF_AFRICA = (
    (
        "Office %###, Al Moosa Tower 2, Sheikh Zayed Road",
        "Trade Centre 1",
        "Dubai",
        "United Arab Emirates",
        "P.O. Box %####",
        "",
        ("+971 4 ### ####", "+971 50 ### ####", "050 ### ####"),
    ),
    ("Villa %#, Street %#", "Al Barsha 2", "Dubai", "UAE", "", "", ("+971 55 ### ####", "04 ### ####")),
    ("", "Al Khalidiya", "Abu Dhabi", "U.A.E.", "PO Box %###", "", ("+971 2 ### ####", "+971 56 ### ####")),
    (
        "King Fahd Road, Bldg %###",
        "Al Olaya",
        "Riyadh",
        "Saudi Arabia",
        "",
        "1####",
        ("+966 5# ### ####", "011 ### ####"),
    ),
    ("", "West Bay", "Doha", "Qatar", "P.O. Box %###", "", ("+974 #### ####",)),
    (
        "Plot %#, Adeola Odeku Street",
        "Victoria Island",
        "Lagos",
        "Nigeria",
        "",
        "1012##",
        ("+234 80# ### ####", "080# ### ####"),
    ),
    ("%# Aminu Kano Crescent", "Wuse II", "Abuja", "Nigeria", "", "", ("+234 90# ### ####", "0803 ### ####")),
    ("", "Kilimani", "Nairobi", "Kenya", "P.O. Box %####-00100", "", ("+254 7## ### ###", "07## ######")),
    ("Ngong Road, Apt %#", "Kilimani", "Nairobi", "Kenya", "", "00100", ("+254 7## ### ###",)),
    (
        "%# Long Street",
        "Gardens",
        "Cape Town",
        "South Africa",
        "",
        "8001",
        ("+27 21 ### ####", "082 ### ####"),
    ),
    (
        "%# Jan Smuts Avenue",
        "Rosebank",
        "Johannesburg",
        "South Africa",
        "",
        "2196",
        ("+27 11 ### ####", "083 ### ####"),
    ),
    (
        "%# Karangahape Road",
        "Auckland Central",
        "Auckland",
        "New Zealand",
        "",
        "1010",
        ("+64 21 ### ####", "(09) ### ####"),
    ),
    (
        "Flat %, %# Cuba Street",
        "Te Aro",
        "Wellington",
        "NZ",
        "",
        "6011",
        ("+64 27 ### ####", "(04) ### ####"),
    ),
)
_KE_NAMES = (
    ("Wanjiru", True),
    ("Achieng", True),
    ("Wambui", True),
    ("Otieno", False),
    ("Kamau", False),
    ("Kiprop", False),
)
_KE_LAST = ("Mwangi", "Njoroge", "Ochieng", "Kariuki", "Wafula", "Chebet")
_ZA_FIRST = (
    ("Thabo", False),
    ("Sipho", False),
    ("Pieter", False),
    ("Nomvula", True),
    ("Lerato", True),
    ("Annelie", True),
)
_ZA_LAST = ("Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Naidoo")
_NZ_FIRST = (
    ("Aroha", True),
    ("Mere", True),
    ("Hine", True),
    ("Tamati", False),
    ("Wiremu", False),
    ("Rawiri", False),
)
_NZ_LAST = ("Ngata", "Parata", "Tipene", "Te Whata", "Walker", "Horomona")


def _kr_person(g: Gen) -> tuple[str, str, str, str, bool]:
    """(family Hangul, given Hangul, family romanised, given romanised, female)."""
    fam, given = g.pick(_KR_FAMILY), g.pick(_KR_GIVEN)
    return fam[0], given[0], fam[1], given[1], given[2]


def _jp_person(g: Gen) -> tuple[str, str, str, str, bool]:
    fam, given = g.pick(_JP_FAMILY), g.pick(_JP_GIVEN)
    return fam[0], given[0], fam[1], given[1], given[2]


# ---------------------------------------------------------------- international contacts


def _jp_address(g: Gen, kanji: bool) -> list[tuple]:
    """A Japanese address: in kanji prefecture-first on one line, or romanised street-first."""
    pref_k, pref_r, city_k, city_r, ward_k, ward_r, area_k, area_r, zip_ = g.pick(_JP_PLACES)
    chome = f"{g.rng.randrange(1, 6)}-{g.rng.randrange(1, 30)}-{g.rng.randrange(1, 20)}"
    bld_k, bld_r = g.pick(_JP_BUILDINGS)
    room = g.rng.randrange(101, 1205)
    has_bld = g.chance(0.6)
    if kanji:
        street = f"{area_k}{chome}" + (f" {bld_k}{room}号室" if has_bld else "")
        where = [ent(pref_k, "STATE_OR_COUNTRY")] if g.chance(0.8) else []
        if city_k:
            where += [ent(city_k, "CITY"), ent(ward_k, "CITY")]
        else:
            where += [ent(ward_k, "CITY")]
        return [("〒", ent(zip_, "ZIP_CODE")), (*where, ent(street, "STREET_ADDRESS"))]
    street = (f"{bld_r} {room}, " if has_bld else "") + f"{chome} {area_r}"
    out: list[tuple] = [(ent(street, "STREET_ADDRESS"),)]
    if city_r:
        out.append((ent(ward_r, "CITY"), ", ", ent(city_r, "CITY")))
        out.append((ent(pref_r, "STATE_OR_COUNTRY"), " ", ent(zip_, "ZIP_CODE")))
    else:
        out.append((ent(ward_r, "CITY"), ", ", ent(pref_r, "CITY"), " ", ent(zip_, "ZIP_CODE")))
    return out


@T("intl_contacts")
def nengajo_address_list(g: Gen, b: Builder) -> None:
    """A New Year card (年賀状) address list kept by a family, kanji entries and romanised ones."""
    g.multi = True
    b(
        g.pick(
            ("年賀状 送付先リスト {y}年版", "Nengajo list {y} — sent/received", "年賀状リスト（{y}）")
        ).format(y=g.rng.randrange(2019, 2026)),
        "\n",
    )
    b(g.pick(("※喪中の方は除く\n", "(skip anyone in mourning this year)\n", "")), "\n")
    for i in range(g.rng.randrange(4, 7)):
        fam_k, giv_k, fam_r, giv_r, _ = _jp_person(g)
        kanji = g.chance(0.6)
        b(f"{i + 1}. ")
        if kanji:
            b(ent(f"{fam_k} {giv_k}" if g.chance(0.7) else f"{fam_k}{giv_k}", "PERSON"), " 様")
            if g.chance(0.3):
                _, giv2, _, _, _ = _jp_person(g)
                b("・", ent(giv2, "PERSON"), " 様")
        else:
            name = g.pick((f"{fam_r.upper()} {giv_r}", f"{giv_r} {fam_r}", f"{fam_r} {giv_r}"))
            b(ent(name, "PERSON"), g.pick((" san", "", " (Mr./Ms.)")))
        b(g.pick(("  ", "\n   ")))
        parts = _jp_address(g, kanji)
        for j, line in enumerate(parts):
            b(*line, ("" if j == len(parts) - 1 else " " if kanji else "\n   "))
        b("\n   ")
        b(
            g.pick(("TEL ", "電話 ", "Tel: ", "携帯 ")),
            ent(g.fill(g.pick(_JP_PHONES)), "PHONE_NUMBER"),
            g.pick(("  ", "  喪中ハガキあり", "  届いた ✓", "  (moved last spring)", "")),
            "\n",
        )
    b("\n", g.pick(("投函は12月25日までに。", "Post by 25 Dec for delivery on 1 Jan.", "印刷：63枚")), "\n")


@T("intl_contacts")
def korea_alumni_notes(g: Gen, b: Builder) -> None:
    """Class notes in an alumni newsletter, names romanised and in Hangul, Korean addresses."""
    g.multi = True
    school = g.pick(("KAIST MBA", "Yonsei GSIS", "SNU Engineering", "Korea University Business School"))
    b(school, " — Class of ", str(g.rng.randrange(1998, 2016)), " notes\n\n")
    for _ in range(g.rng.randrange(3, 5)):
        fam_h, giv_h, fam_r, giv_r, female = _kr_person(g)
        style = g.rng.randrange(3)
        roman = (
            f"{giv_r} {fam_r}"
            if style == 0
            else f"{fam_r} {giv_r}"
            if style == 1
            else f"{fam_r.upper()} {giv_r}"
        )
        city_h, city_r, gu_h, gu_r, road_h, road_r, dong_h, zip_ = g.pick(_KR_PLACES)
        num = g.rng.randrange(1, 400)
        b(ent(roman, "PERSON"))
        if g.chance(0.6):
            b(" (", ent(f"{fam_h}{giv_h}", "PERSON"), ")")
        b(
            g.pick((" has moved back to ", " just opened a practice in ", " is now living in ")),
            ent(gu_r, "CITY"),
            ", ",
            ent(city_r, "CITY"),
            g.pick((" after years in Singapore", " with two kids", "", " and says hello to everyone")),
            ". ",
        )
        he = "She" if female else "He"
        if g.chance(0.5):
            b(
                he,
                " asks that cards go to ",
                ent(f"{g.rng.randrange(2, 25)}F, {num} {road_r}", "STREET_ADDRESS"),
                ", ",
                ent(gu_r, "CITY"),
                ", ",
                ent(city_r, "CITY"),
                " ",
                ent(zip_, "ZIP_CODE"),
                ". ",
            )
        else:
            b("New address: ")
            b(ent(city_h, "CITY"), " ", ent(gu_h, "CITY"), " ", ent(f"{road_h} {num}", "STREET_ADDRESS"))
            if g.chance(0.5):
                b(" ", ent(f"{g.rng.randrange(1, 20)}층 {g.rng.randrange(101, 1905)}호", "STREET_ADDRESS"))
            b(" (", ent(dong_h, "CITY"), ") ", ent(zip_, "ZIP_CODE"), ". ")
        b(
            g.pick(("KakaoTalk or mobile ", "Call ", "Mobile: ")),
            ent(g.fill(g.pick(_KR_PHONES)), "PHONE_NUMBER"),
        )
        if g.chance(0.5):
            b(
                ", ",
                ent(
                    f"{ascii_fold(giv_r).lower().replace('-', '')}.{fam_r.lower()}@naver.com", "EMAIL_ADDRESS"
                ),
            )
        b(".\n\n")
    b("Send your news to the class secretary before the ", g.pick(("spring", "autumn")), " issue.\n")


def _cn_name(g: Gen) -> tuple[Ent, Ent, bool]:
    fam, given = g.pick(_CN_FAMILY), g.pick(_CN_GIVEN)
    han = ent(f"{fam[0]}{given[0]}", "PERSON")
    pin = g.pick((f"{fam[1]} {given[1]}", f"{fam[1].upper()} {given[1]}", f"{given[1]} {fam[1]}"))
    return han, ent(pin, "PERSON"), given[2]


@T("intl_contacts")
def greater_china_manifest(g: Gen, b: Builder) -> None:
    """A freight forwarder's consignee manifest for mainland China, Hong Kong and Taiwan, bilingual."""
    g.multi = True
    b(
        "CONSIGNEE MANIFEST / 收货人清单   Flight ",
        g.fill(g.pick(("CX ###", "CI ###", "MU ####", "BR ##"))),
        "   MAWB ",
        g.ref(text=g.fill("###-########")),
        "\n\n",
    )
    for i in range(g.rng.randrange(3, 6)):
        region = g.pick(("CN", "CN", "HK", "TW"))
        b(
            f"#{i + 1}  HAWB {g.fill('SZX#######')}  {g.rng.randrange(1, 40)} CTN  "
            f"{g.rng.randrange(2, 400)}.0 KG\n"
        )
        if region == "CN":
            han, pin, _ = _cn_name(g)
            prov_h, prov_p, city_h, city_p, dist_h, dist_e, road_h, road_e, zip_ = g.pick(_CN_PLACES)
            num, floor, room = g.rng.randrange(1, 900), g.rng.randrange(2, 40), g.rng.randrange(1, 20)
            b("    收货人: ", han, "  /  ", pin, "\n")
            b("    地址: ")
            if prov_h:
                b(ent(prov_h, "STATE_OR_COUNTRY"))
            b(
                ent(city_h, "CITY"),
                ent(dist_h, "CITY"),
                ent(f"{road_h}{num}号{floor}楼{floor:d}{room:02d}室", "STREET_ADDRESS"),
                "  邮编 ",
                ent(zip_, "ZIP_CODE"),
                "\n",
            )
            b(
                "    Addr (EN): ",
                ent(f"Room {floor}{room:02d}, {floor}/F, No. {num} {road_e}", "STREET_ADDRESS"),
                ", ",
                ent(dist_e, "CITY"),
                ", ",
                ent(city_p, "CITY"),
            )
            if prov_p:
                b(", ", ent(prov_p, "STATE_OR_COUNTRY"))
            b(" ", ent(zip_, "ZIP_CODE"), ", ", ent("P.R. China", "STATE_OR_COUNTRY"), "\n")
            phone = g.fill(
                g.pick(("+86 13# #### ####", "139########", "+86 21 #### ####", "(020) 8### ####"))
            )
        elif region == "HK":
            fam, given = g.pick(_HK_FAMILY), g.pick(_HK_GIVEN)
            reg_c, reg_e, dist_c, dist_e, road_c, road_e = g.pick(_HK_PLACES)
            num, floor, flat = g.rng.randrange(1, 500), g.rng.randrange(2, 45), g.pick("ABCDEFGH")
            eng = g.pick(
                (
                    f"{given[3]} {fam[1].upper()} {given[1]}",
                    f"{fam[1].upper()} {given[1]}",
                    f"{given[3]} {fam[1]}",
                )
            )
            b("    Consignee: ", ent(eng, "PERSON"), "  (", ent(f"{fam[0]}{given[0]}", "PERSON"), ")\n")
            b(
                "    Addr: ",
                ent(
                    f"Flat {flat}, {floor}/F, Block {g.rng.randrange(1, 6)}, {num} {road_e}", "STREET_ADDRESS"
                ),
                ", ",
                ent(dist_e, "CITY"),
                ", ",
                ent(reg_e, "STATE_OR_COUNTRY"),
                "\n",
            )
            if g.chance(0.5):
                b(
                    "    中文地址: ",
                    ent(reg_c, "STATE_OR_COUNTRY"),
                    ent(dist_c, "CITY"),
                    ent(f"{road_c}{num}號{floor}樓{flat}室", "STREET_ADDRESS"),
                    "\n",
                )
            phone = g.fill(g.pick(("+852 9### ####", "+852 6### ####", "2### ####")))
        else:
            fam, given = g.pick(_TW_FAMILY), g.pick(_TW_GIVEN)
            city_c, city_e, dist_c, dist_e, road_c, road_e, zip_ = g.pick(_TW_PLACES)
            num, floor = g.rng.randrange(1, 400), g.rng.randrange(2, 20)
            b(
                "    收件人: ",
                ent(f"{fam[0]}{given[0]}", "PERSON"),
                "  ",
                ent(
                    g.pick((f"{fam[1]}, {given[1]}", f"{given[1]} {fam[1]}", f"{fam[1].upper()} {given[1]}")),
                    "PERSON",
                ),
                "\n",
            )
            b(
                "    地址: ",
                ent(zip_, "ZIP_CODE"),
                ent(city_c, "CITY"),
                ent(dist_c, "CITY"),
                ent(f"{road_c}{num}號{floor}樓", "STREET_ADDRESS"),
                "\n",
            )
            b(
                "    EN: ",
                ent(f"{floor}F., No. {num}, {road_e}", "STREET_ADDRESS"),
                ", ",
                ent(dist_e, "CITY"),
                ", ",
                ent(city_e, "CITY"),
                " ",
                ent(zip_, "ZIP_CODE"),
                ", ",
                ent(g.pick(("Taiwan (R.O.C.)", "Taiwan")), "STATE_OR_COUNTRY"),
                "\n",
            )
            phone = g.fill(g.pick(("+886 9## ### ###", "09##-######", "(02) 2###-####")))
        b(
            "    Tel: ",
            ent(phone, "PHONE_NUMBER"),
            "   Goods: ",
            g.pick(("machine parts", "garments", "documents", "cosmetics samples")),
            "\n\n",
        )
    b("Customs broker to clear on arrival. Duties DDU unless noted.\n")


@T("intl_contacts")
def india_society_directory(g: Gen, b: Builder) -> None:
    """A housing society's resident directory and a courier pickup list, Indian address style."""
    g.multi = True
    area, city, state, pin = g.pick(_IN_PLACES)
    society = g.pick(_IN_BUILDINGS)
    b(
        society,
        " Co-operative Housing Society — Residents' Directory (updated ",
        g.date(style="dd/mm/yyyy"),
        ")\n",
    )
    b("For internal use of members only. Please inform the secretary of changes.\n\n")
    for _ in range(g.rng.randrange(4, 7)):
        first, female = g.pick(_IN_FIRST)
        last = g.pick(_IN_LAST) if g.chance(0.7) else g.pick(outside_names.culture("Indian")[2])
        wing, flat = g.pick("ABCD"), g.rng.randrange(101, 1204)
        b(f"{wing}-{flat}  ")
        titles = ("Mrs. ", "Ms. ", "Dr. ", "Smt. ") if female else ("Mr. ", "Dr. ", "Shri ")
        b(g.pick(titles) if g.chance(0.6) else "")
        b(ent(f"{first} {last}" if g.chance(0.7) else f"{first[0]}. {last}", "PERSON"))
        if g.chance(0.3):
            father, _ = g.pick(tuple(n for n in _IN_FIRST if not n[1]))
            b(" ", "D/o " if female else "S/o ", ent(f"{father} {last}", "PERSON"))
        b("   ", ent(g.fill(g.pick(_IN_PHONES)), "PHONE_NUMBER"))
        if g.chance(0.4):
            b(" / ", ent(g.fill(g.pick(_IN_PHONES)), "PHONE_NUMBER"))
        b(g.pick(("", "   (owner)", "   (tenant)", "   parking P-12")), "\n")
    b("\nCourier pickup, full addresses:\n")
    for _ in range(2):
        first, _ = g.pick(_IN_FIRST)
        last = g.pick(_IN_LAST)
        a2, c2, s2, p2 = g.pick(_IN_PLACES)
        flat = f"Flat No. {g.rng.randrange(1, 20)}0{g.rng.randrange(1, 9)}"
        street = f"{flat}, {g.pick(_IN_BUILDINGS)}, {g.pick(_IN_ROADS)}, {a2}"
        b("  ", ent(first, "PERSON") if g.chance(0.2) else ent(f"{first} {last}", "PERSON"), ",\n")
        if g.chance(0.3):
            b("  C/o ", ent(f"{g.pick(_IN_FIRST)[0]} {last}", "PERSON"), ",\n")
        b("  ", ent(street, "STREET_ADDRESS"), ",\n")
        b(
            "  ",
            g.pick(("Near ", "Opp. ")),
            g.pick(("Hanuman Temple", "SBI ATM", "Big Bazaar", "the bus depot")),
            ",\n",
        )
        b(
            "  ",
            ent(c2, "CITY"),
            g.pick((" - ", " – ", "-")),
            ent(p2 if g.chance(0.5) else f"{p2[:3]} {p2[3:]}", "ZIP_CODE"),
            ", ",
            ent(s2, "STATE_OR_COUNTRY"),
            "\n  Mob: ",
            ent(g.fill(g.pick(_IN_PHONES)), "PHONE_NUMBER"),
            "\n\n",
        )
    b("Society office: Wing A ground floor, ", ent(society, "ORGANIZATION"), ", ", ent(area, "CITY"), ", ")
    b(ent(city, "CITY"), " ", ent(pin, "ZIP_CODE"), ", ", ent(state, "STATE_OR_COUNTRY"), "\n")


def _mx_block(g: Gen) -> list[tuple]:
    col, deleg, city, state, cp = g.pick(_MX_PLACES)
    num = g.rng.randrange(1, 2000)
    inner = g.pick(
        ("", f", Int. {g.rng.randrange(1, 12)}", f" Depto. {g.rng.randrange(101, 804)}", " Int. B")
    )
    street = f"{g.pick(_MX_STREETS)} {g.pick(('No. ', '#', ''))}{num}{inner}"
    caps = g.chance(0.25)
    out: list[tuple] = [(ent(street.upper() if caps else street, "STREET_ADDRESS"),)]
    second: list = [ent(col.upper() if caps else col, "STREET_ADDRESS")]
    if deleg:
        second += [", ", ent(deleg, "CITY")]
    out.append(tuple(second))
    third: list = ["C.P. ", ent(cp, "ZIP_CODE"), ", ", ent(city.upper() if caps else city, "CITY")]
    if state:
        third += [", ", ent(state, "STATE_OR_COUNTRY")]
    out.append(tuple(third))
    return out


@T("intl_contacts")
def latam_sponsor_letters(g: Gen, b: Builder) -> None:
    """An NGO's sponsor-correspondence sheet: letters headed with Latin American addresses."""
    g.multi = True
    org = g.pick(("Fundación Niños del Sol", "Amigos de Oaxaca", "Proyecto Esperanza", "Red Solidaria"))
    b(
        ent(org, "ORGANIZATION"),
        " — ",
        g.pick(("cartas de padrinos", "sponsor mail run", "correspondencia")),
        "\n\n",
    )
    for k in range(g.rng.randrange(2, 4)):
        p = g.person("es_ES")
        if g.chance(0.4):
            q = _culture_person(g, "Latin American")
            p = Person(q.first, f"{q.last} {g.fake('es_ES').last_name()}", q.middle, q.female, "es_ES")
        b(f"--- carta {k + 1} ---\n")
        if g.chance(0.6):
            b(
                g.pick(("Sra. ", "C. ", "Lic. ") if p.female else ("Sr. ", "C. ", "Lic. "))
                if g.chance(0.5)
                else "",
                ent(f"{p.first} {p.last}", "PERSON"),
                "\n",
            )
            for line in _mx_block(g):
                b(*line, "\n")
            b(ent(g.pick(("México", "MÉXICO", "Mexico")), "STATE_OR_COUNTRY"), "\n")
            phone = g.fill(g.pick(_MX_PHONES))
        else:
            street, city, region, post, country, phones = g.pick(_LATAM)
            b(
                ent(f"{p.first} {p.last}", "PERSON"),
                "\n",
                ent(g.fill(street).replace("~", "#"), "STREET_ADDRESS"),
                "\n",
            )
            if post and country == "Argentina":
                b(ent(g.fill(post), "ZIP_CODE"), " ", ent(city, "CITY"), "\n")
            elif post and country == "Perú":
                b(ent(city, "CITY"), " ", ent(g.fill(post[5:]), "ZIP_CODE"), "\n")
            else:
                b(ent(city, "CITY"))
                if region:
                    b(", ", ent(region, "STATE_OR_COUNTRY"))
                if post:
                    b(" ", ent(g.fill(post), "ZIP_CODE"))
                b("\n")
            b(ent(country, "STATE_OR_COUNTRY"), "\n")
            phone = g.fill(g.pick(phones))
        b("Tel. ", ent(phone, "PHONE_NUMBER"), "\n\n")
        b(
            g.pick(("Estimada ", "Querida ")) if p.female else g.pick(("Estimado ", "Querido ")),
            ent(p.first, "PERSON"),
            ":\n",
            g.pick(
                (
                    "Le escribimos para agradecerle su apoyo durante este año. ",
                    "Gracias por su donativo mensual; el taller de lectura ya tiene 24 niños. ",
                    "We are writing to thank you for another year of sponsorship. ",
                )
            ),
            g.pick(
                (
                    "Adjuntamos el recibo deducible.",
                    "Les mandamos fotos del festival.",
                    "Con cariño, el equipo.",
                )
            ),
            "\n\n",
        )
    b("Enviar por ", g.pick(("Correos de México", "DHL", "Estafeta")), " — franqueo pagado.\n")


def _tr_address(g: Gen) -> list[tuple]:
    mah, cad, sok, ilce, il, zip_ = g.pick(_TR_PLACES)
    no = f"No: {g.rng.randrange(1, 120)}" + (f" D: {g.rng.randrange(1, 20)}" if g.chance(0.7) else "")
    if g.chance(0.3):
        no = no.replace("No: ", "No:").replace("D: ", "Daire:")
    street = " ".join(x for x in (mah, cad, sok, no) if x)
    last = [ent(zip_, "ZIP_CODE"), " ", ent(ilce, "CITY"), g.pick(("/", " / ", " - ")), ent(il, "CITY")]
    if g.chance(0.3):
        last = [
            ent(ilce, "CITY"),
            " ",
            ent(zip_, "ZIP_CODE"),
            " ",
            ent(il.upper() if g.chance(0.5) else il, "CITY"),
        ]
    return [(ent(street, "STREET_ADDRESS"),), tuple(last)]


def _gr_address(g: Gen, greek: bool) -> list[tuple]:
    st_g, st_l, town_g, town_l, zip_ = g.pick(_GR_PLACES)
    num = g.rng.randrange(1, 180)
    if greek:
        return [(ent(f"{st_g} {num}", "STREET_ADDRESS"),), (ent(zip_, "ZIP_CODE"), " ", ent(town_g, "CITY"))]
    return [
        (ent(f"{st_l} {num}", "STREET_ADDRESS"),),
        (ent(zip_ if g.chance(0.6) else zip_.replace(" ", ""), "ZIP_CODE"), " ", ent(town_l, "CITY")),
    ]


@T("intl_contacts")
def tr_gr_card_list(g: Gen, b: Builder) -> None:
    """A family's holiday-card spreadsheet with friends in Turkey and Greece, among others."""
    g.multi = True
    b(
        g.pick(("Xmas cards ", "Holiday card list ", "Bayram & Christmas cards ")),
        str(g.rng.randrange(2018, 2025)),
        "\n",
    )
    b("(✓ = sent, R = received, ✗ = returned)\n\n")
    for i in range(g.rng.randrange(4, 7)):
        kind = g.pick(("tr", "gr", "gr", "tr", "home"))
        mark = g.pick(("✓", "✓ R", "R", "", "✗"))
        b(f"{i + 1:>2}. [{mark:<3}] ")
        if kind == "tr":
            first, female = g.pick(_TR_FIRST)
            last = g.pick(_TR_LAST) if g.chance(0.7) else g.pick(outside_names.culture("Turkish")[2])
            b(ent(f"{first} {last}" if g.chance(0.7) else f"{first} {last.upper()}", "PERSON"))
            if g.chance(0.4):
                b(" & ", ent(g.pick(_TR_FIRST)[0], "PERSON"))
            b(g.pick((" ve çocuklar", " + kids", "", " Hanım" if female else " Bey")), "\n")
            for line in _tr_address(g):
                b("      ", *line, "\n")
            b("      ", ent(g.pick(("Türkiye", "TURKEY", "Turkey")), "STATE_OR_COUNTRY"), "\n")
            b("      ", ent(g.fill(g.pick(_TR_PHONES)), "PHONE_NUMBER"), "\n")
        elif kind == "gr":
            first_g, first_l, female = g.pick(_GR_FIRST)
            m_g, m_l, f_g, f_l = g.pick(_GR_LAST)
            last_g, last_l = (f_g, f_l) if female else (m_g, m_l)
            greek = g.chance(0.5)
            b(ent(f"{first_g} {last_g}" if greek else f"{first_l} {last_l}", "PERSON"))
            b(g.pick((" και οικογένεια", " & family", "", " (Yiayia)")), "\n")
            for line in _gr_address(g, greek):
                b("      ", *line, "\n")
            b("      ", ent(g.pick(("Ελλάδα", "GREECE", "Greece")), "STATE_OR_COUNTRY"), "\n")
            if g.chance(0.6):
                b("      ", ent(g.fill(g.pick(_GR_PHONES)), "PHONE_NUMBER"), "\n")
        else:
            p = g.person()
            a = address(g, p.loc)
            b(
                g.name(p, g.pick(("full", "full", "last_first"))),
                g.pick((" and family", "", " & partner")),
                "\n",
            )
            b(block(a, "      "))
        if mark == "✗":
            b("      -> returned, ", g.pick(("moved?", "address unknown", "ask Mum for new one")), "\n")
    b(
        "\nStamps: ",
        str(g.rng.randrange(8, 30)),
        " international, ",
        str(g.rng.randrange(5, 40)),
        " domestic.\n",
    )


def _cyr_person(g: Gen, ua: bool) -> tuple[str, str, str, str, str, str]:
    """(first Cyr, first Latin, last Cyr, last Latin, patronymic Cyr, patronymic Latin)."""
    first = g.pick(_UA_FIRST if ua else _RU_FIRST)
    last = g.pick(_UA_LAST if ua else _RU_LAST)
    pat = g.pick(_UA_PATRONYMIC if ua else _RU_PATRONYMIC)
    fem = first[2]
    return (
        first[0],
        first[1],
        last[2] if fem else last[0],
        last[3] if fem else last[1],
        pat[2] if fem else pat[0],
        pat[3] if fem else pat[1],
    )


@T("intl_contacts")
def cyrillic_contact_book(g: Gen, b: Builder) -> None:
    """A relocation agency's contact book: Russian and Ukrainian contacts in Cyrillic and Latin script."""
    g.multi = True
    b(
        g.pick(("Контакты / Contacts", "Relocation contacts", "Адресная книга")),
        " — ",
        ent(g.pick(("Move & Settle GmbH", "Baltic Relocation Group", "Nordstar Mobility")), "ORGANIZATION"),
        "\n\n",
    )
    for _ in range(g.rng.randrange(3, 6)):
        st_c, st_l, city_c, city_l, zip_pat, country_c, country_l = g.pick(_RU_PLACES)
        ua = country_l == "Ukraine"
        f_c, f_l, l_c, l_l, p_c, p_l = _cyr_person(g, ua)
        zip_ = g.fill(zip_pat)
        house, flat = g.rng.randrange(1, 120), g.rng.randrange(1, 300)
        phone = ent(g.fill(g.pick(_UA_PHONES if ua else _RU_PHONES)), "PHONE_NUMBER")
        style = g.rng.randrange(3)
        if style == 0:  # Cyrillic, family name first with patronymic
            b(ent(f"{l_c} {f_c} {p_c}", "PERSON"), "\n")
            street = f"{st_c}, {'буд.' if ua else 'д.'} {house}, кв. {flat}"
            b("  ", ent(street, "STREET_ADDRESS"), "\n  ")
            b("г. " if not ua else "м. ", ent(city_c, "CITY"), ", ", ent(zip_, "ZIP_CODE"), "\n  ")
            b(ent(country_c, "STATE_OR_COUNTRY"), "\n")
        elif style == 1:  # old envelope order: country, postcode, city, street, name
            b("  ", ent(country_c, "STATE_OR_COUNTRY"), ", ", ent(zip_, "ZIP_CODE"), ", ")
            b("г. " if not ua else "м. ", ent(city_c, "CITY"), ", ")
            sep = "буд." if ua else "д."
            b(ent(f"{st_c}, {sep} {house}, кв. {flat}", "STREET_ADDRESS"), ", ")
            b(ent(f"{l_c} {f_c[0]}. {p_c[0]}.", "PERSON"), "\n")
        else:  # transliterated for a Western form
            b(ent(g.pick((f"{f_l} {l_l}", f"{l_l.upper()} {f_l}", f"{f_l} {p_l} {l_l}")), "PERSON"), "\n")
            sep = "bud." if ua else "d."
            street = g.pick((f"{st_l}, {sep} {house}, kv. {flat}", f"{st_l} {house}, apt. {flat}"))
            b(
                "  ",
                ent(street, "STREET_ADDRESS"),
                "\n  ",
                ent(city_l, "CITY"),
                " ",
                ent(zip_, "ZIP_CODE"),
                "\n  ",
            )
            b(ent(country_l, "STATE_OR_COUNTRY"), "\n")
        b("  тел. " if style < 2 else "  phone ", phone)
        if g.chance(0.4):
            dom = g.pick(("mail.ru", "yandex.ru", "ukr.net", "gmail.com"))
            b("  ", ent(f"{ascii_fold(f_l).lower()}.{ascii_fold(l_l).lower()}@{dom}", "EMAIL_ADDRESS"))
        b(
            "\n  ",
            g.pick(
                ("ключи у консьержа", "keys with concierge", "прописка оформлена", "needs visa letter", "—")
            ),
            "\n\n",
        )


def _gulf_name(g: Gen) -> tuple[Ent, bool]:
    first, female = g.pick(_GULF_FIRST)
    father, family = g.pick(_GULF_FATHER), g.pick(_GULF_FAMILY)
    text = g.pick(
        (
            f"{first} {'bint' if female else 'bin'} {father} {family}",
            f"{first} {family}",
            f"{first} {father} {family}",
            f"{family.upper()}, {first}",
        )
    )
    return ent(text, "PERSON"), female


@T("intl_contacts")
def gulf_africa_badge_list(g: Gen, b: Builder) -> None:
    """A conference badge and shipping list for delegates from the Gulf, Africa and New Zealand."""
    g.multi = True
    b(
        g.pick(("Africa–Gulf Energy Forum", "Pan-African Fintech Week", "Southern Ports Conference")),
        " — delegate badges & welcome-pack shipping\n",
        "Badge | Delegate | Organisation | Postal | Mobile\n",
    )
    for i in range(g.rng.randrange(4, 7)):
        street, district, city, country, box, post, phones = g.pick(_GULF_AFRICA)
        if country in ("United Arab Emirates", "UAE", "U.A.E.", "Saudi Arabia", "Qatar"):
            name, _ = _gulf_name(g)
        elif country == "Nigeria":
            q = _culture_person(g, g.pick(("Yoruba", "Igbo")))
            name = (
                g.pick(("", "", "Chief ", "Engr. ")),
                ent(g.pick((f"{q.first} {q.last}", f"{q.last.upper()}, {q.first}")), "PERSON"),
            )
        elif country == "Kenya":
            fi, _ = g.pick(_KE_NAMES)
            name = ent(f"{fi} {g.pick(_KE_LAST)}", "PERSON")
        elif country == "South Africa":
            fi, _ = g.pick(_ZA_FIRST)
            name = ent(f"{fi} {g.pick(_ZA_LAST)}", "PERSON")
        else:
            fi, _ = g.pick(_NZ_FIRST)
            name = ent(f"{fi} {g.pick(_NZ_LAST)}", "PERSON")
        b(f"{g.pick(('DEL', 'SPK', 'VIP', 'EXH'))}-{i + 101} | ", name, " | ", g.org("en_GB"), " | ")
        if street:
            b(ent(g.fill(street), "STREET_ADDRESS"), ", ")
        if box:
            b(ent(g.fill(box), "STREET_ADDRESS"), ", ")
        b(ent(district, "CITY"), ", " if g.chance(0.5) else " ", ent(city, "CITY"))
        if post:
            b(" ", ent(g.fill(post), "ZIP_CODE"))
        b(", ", ent(country, "STATE_OR_COUNTRY"), " | ", ent(g.fill(g.pick(phones)), "PHONE_NUMBER"), "\n")
    b(
        "\nPacks go by ",
        g.pick(("Aramex", "DHL Express", "FedEx")),
        "; P.O. Box addresses need a phone number on the waybill.\n",
    )


# ---------------------------------------------------------------- clinical


def _hl7_ts(d: date, g: Gen, time: bool = True) -> Ent:
    text = f"{d:%Y%m%d}" + (f"{g.rng.randrange(24):02d}{g.rng.randrange(60):02d}" if time else "")
    if time and g.chance(0.5):
        text += f"{g.rng.randrange(60):02d}"
    return ent(text, "DATE")


@T("clinical_note")
def hl7_v2_interface_log(g: Gen, b: Builder) -> None:
    """HL7 v2 ADT messages as an interface engine logs them: MSH, EVN, PID, NK1, PV1, IN1."""
    p, kin, md = g.person(), g.person(), g.person()
    a, ka = address(g, p.loc), address(g, p.loc)
    born, seen = _dob_day(g), g.day()
    fac = g.pick(("STMARYS", "RVH", "MERCYGEN", "UHC", "NWMC"))
    event = g.pick(("A04", "A01", "A08", "A03"))
    sep = "\r\n" if g.chance(0.2) else "\n"
    if g.chance(0.5):
        b(
            f"[{seen:%Y-%m-%d} {_hm(g, 0, 24)}:{g.rng.randrange(60):02d}] "
            f"INBOUND ADT^{event} from {fac} (port 6661)\n"
        )
    b(f"MSH|^~\\&|{g.pick(('EPIC', 'CERNER', 'MEDITECH'))}|{fac}|RHAPSODY|LAB|", _hl7_ts(seen, g))
    b(f"||ADT^{event}|{g.fill('MSG########')}|P|2.{g.pick(('3', '5.1', '4'))}{sep}")
    b(f"EVN|{event}|", _hl7_ts(seen, g), sep)
    region = a.region if a.region is not None else ""
    b("PID|1||", g.ident("mrn"), f"^^^{fac}^MR")
    if p.loc == "en_US" and g.chance(0.6):
        b("~", g.ident("ssn"), "^^^SSA^SS")
    b("||", ent(p.last.upper(), "PERSON"), "^", ent(p.first.upper(), "PERSON"))
    if g.chance(0.5):
        b("^", ent(p.middle.upper(), "PERSON"))
    b("^^^^L||", _raw_date(born, "%Y%m%d", dob=True), "|", "F" if p.female else "M", "|||")
    b(a.street, "^^", a.city, "^", region, "^", a.zip, f"^{p.loc[-2:]}^H||")
    b(g.phone(p.loc, ext=0), "^PRN^PH")
    if g.chance(0.5):
        b("~^NET^Internet^", g.email(p))
    b("|", g.phone(p.loc, ext=0) if g.chance(0.4) else "", "|ENG|", g.pick(("M", "S", "D", "W")), "|")
    b(g.pick(("CAT", "CHR", "NON")), "|", g.ident("account"), sep)
    b("NK1|1|", ent(kin.last.upper(), "PERSON"), "^", ent(kin.first.upper(), "PERSON"), "|")
    b(g.pick(("SPO^Spouse", "DAU^Daughter", "SON^Son", "MTH^Mother", "FRN^Friend")), "|")
    b(ka.street, "^^", ka.city, "^", ka.region if ka.region is not None else "", "^", ka.zip, "|")
    b(g.phone(p.loc, ext=0), sep)
    room = f"{g.rng.randrange(1, 7)}{g.rng.randrange(10, 60)}"
    b(
        f"PV1|1|{g.pick(('O', 'I', 'E'))}|{g.pick(('4W', 'ED', 'CARD', 'ONC'))}^{room}^"
        f"{g.pick('AB')}^{fac}||||"
    )
    b(
        g.ident("professional"),
        "^",
        ent(md.last.upper(), "PERSON"),
        "^",
        ent(md.first.upper(), "PERSON"),
        "^^^DR|||",
    )
    b(g.pick(("MED", "SUR", "CAR")), "||||||||", g.ref(text=g.fill("V########")), "|||||||||||||||||||||||||")
    b(_hl7_ts(seen, g), sep)
    if g.chance(0.6):
        b("IN1|1|", g.fill("PLAN###"), "|", g.fill("#####"), "|", g.org(), "||||")
        b(
            g.ref(text=g.fill("GRP-####")),
            "||||||",
            ent(p.last.upper(), "PERSON"),
            "^",
            ent(p.first.upper(), "PERSON"),
        )
        b("|01|", _raw_date(born, "%Y%m%d", dob=True), "||||||||||||||||||", g.ident("member"), sep)
    if g.chance(0.5):
        b(f"ACK: AA {g.fill('MSG########')} accepted{sep}")


@T("clinical_note")
def fhir_patient_bundle(g: Gen, b: Builder) -> None:
    """A FHIR R4 Bundle with a Patient and an Encounter, pretty-printed JSON."""
    p, md, kin = g.person(), g.person(), g.person()
    a = address(g, p.loc)
    born, seen = _dob_day(g), g.day()
    org = g.hospital()
    ind = "  "
    b(
        "{\n",
        ind,
        '"resourceType": "Bundle",\n',
        ind,
        '"type": "',
        g.pick(("collection", "transaction")),
        '",\n',
    )
    b(ind, '"entry": [\n', ind * 2, "{\n", ind * 3, '"resource": {\n')
    i4 = ind * 4
    pid = g.fill("pat-#####")
    b(i4, '"resourceType": "Patient",\n', i4, '"id": "', pid, '",\n')
    b(i4, '"identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": "', g.ident("mrn"), '"}')
    if p.loc == "en_GB":
        b(', {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "', g.ident("nhs"), '"}')
    elif p.loc == "en_US" and g.chance(0.5):
        b(', {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "', g.ident("ssn"), '"}')
    b("],\n")
    b(i4, '"name": [{"use": "official", "family": "', _jent(ent(p.last, "PERSON")), '", "given": ["')
    b(_jent(ent(p.first, "PERSON")), '"')
    if g.chance(0.4):
        b(', "', _jent(ent(p.middle, "PERSON")), '"')
    b("]}")
    if g.chance(0.3):
        b(', {"use": "nickname", "given": ["', ent(p.first[:3], "PERSON"), '"]}')
    b("],\n")
    b(i4, '"telecom": [\n', i4, ind, '{"system": "phone", "value": "', _jent(g.phone(p.loc, ext=0)))
    b('", "use": "', g.pick(("mobile", "home")), '"}')
    if g.chance(0.7):
        b(",\n", i4, ind, '{"system": "email", "value": "', g.email(p), '"}')
    b("\n", i4, "],\n")
    b(i4, '"gender": "', "female" if p.female else "male", '",\n')
    b(i4, '"birthDate": "', _raw_date(born, "%Y-%m-%d", dob=True), '",\n')
    b(i4, '"address": [{"use": "home", "line": ["', _jent(a.street), '"], "city": "', _jent(a.city), '"')
    if a.region is not None:
        b(', "state": "', a.region, '"')
    b(', "postalCode": "', a.zip, '", "country": "', p.loc[-2:], '"}]')
    if g.chance(0.6):
        rel = g.pick(("N", "C", "E"))
        b(",\n", i4, '"contact": [{"relationship": [{"coding": [{"code": "', rel, '"}]}], ')
        b('"name": {"text": "', _jent(g.name(kin, "full")), '"}, "telecom": [{"system": "phone", "value": "')
        b(_jent(g.phone(p.loc, ext=0)), '"}]}]')
    b("\n", ind * 3, "}\n", ind * 2, "},\n", ind * 2, "{\n", ind * 3, '"resource": {\n')
    b(i4, '"resourceType": "Encounter",\n', i4, '"status": "', g.pick(("finished", "in-progress")), '",\n')
    b(i4, '"class": {"code": "', g.pick(("AMB", "IMP", "EMER")), '"},\n')
    b(i4, '"subject": {"reference": "Patient/', pid, '", "display": "')
    b(_jent(g.name(p, "full")), '"},\n')
    b(
        i4,
        '"participant": [{"individual": {"display": "Dr. ',
        _jent(g.name(md, g.pick(("full", "last")))),
        '"}}],\n',
    )
    b(i4, '"period": {"start": "', ent(f"{seen:%Y-%m-%d}T{_hm(g, 7, 18)}:00Z", "DATE"), '"},\n')
    b(i4, '"reasonCode": [{"text": "', g.pick(vocab.CONDITIONS), '"}],\n')
    b(i4, '"serviceProvider": {"display": "', _jent(org), '"}\n')
    b(ind * 3, "}\n", ind * 2, "}\n", ind, "]\n}\n")


@T("clinical_note")
def ccda_record_target(g: Gen, b: Builder) -> None:
    """The header of a C-CDA continuity-of-care document: recordTarget, author, custodian."""
    p, md = g.person(), g.person()
    a = address(g, p.loc)
    born, seen = _dob_day(g), g.day()
    org = g.hospital()
    b('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n')
    b(
        "  <title>",
        g.pick(("Continuity of Care Document", "Discharge Summary", "Referral Note")),
        "</title>\n",
    )
    b('  <effectiveTime value="', ent(f"{seen:%Y%m%d}{_hm(g, 7, 19).replace(':', '')}", "DATE"), '"/>\n')
    b("  <recordTarget>\n    <patientRole>\n")
    b('      <id root="2.16.840.1.113883.19.5.99999.2" extension="', g.ident("mrn"), '"/>\n')
    if p.loc == "en_US" and g.chance(0.5):
        b('      <id root="2.16.840.1.113883.4.1" extension="', g.ident("ssn"), '"/>\n')
    b('      <addr use="HP">\n        <streetAddressLine>', a.street, "</streetAddressLine>\n")
    b("        <city>", a.city, "</city>\n")
    if a.region is not None:
        b("        <state>", a.region, "</state>\n")
    b(
        "        <postalCode>",
        a.zip,
        "</postalCode>\n        <country>",
        p.loc[-2:],
        "</country>\n      </addr>\n",
    )
    b('      <telecom value="tel:', g.phone(p.loc, ext=0), '" use="', g.pick(("HP", "MC")), '"/>\n')
    if g.chance(0.5):
        b('      <telecom value="mailto:', g.email(p), '"/>\n')
    b('      <patient>\n        <name use="L">\n          <given>', ent(p.first, "PERSON"), "</given>\n")
    if g.chance(0.5):
        b("          <given>", ent(p.middle, "PERSON"), "</given>\n")
    b("          <family>", ent(p.last, "PERSON"), "</family>\n        </name>\n")
    b(
        '        <administrativeGenderCode code="',
        "F" if p.female else "M",
        '" codeSystem="2.16.840.1.113883.5.1"/>\n',
    )
    b('        <birthTime value="', _raw_date(born, "%Y%m%d", dob=True), '"/>\n')
    b('        <maritalStatusCode code="', g.pick("MSDW"), '"/>\n')
    b(
        '        <languageCommunication><languageCode code="',
        g.pick(("en", "es", "pl", "vi")),
        '"/></languageCommunication>\n',
    )
    b("      </patient>\n    </patientRole>\n  </recordTarget>\n")
    b('  <author>\n    <time value="', ent(f"{seen:%Y%m%d}", "DATE"), '"/>\n    <assignedAuthor>\n')
    b('      <id root="2.16.840.1.113883.4.6" extension="', g.ident("professional"), '"/>\n')
    b("      <assignedPerson><name><prefix>Dr.</prefix><given>", ent(md.first, "PERSON"), "</given><family>")
    b(ent(md.last, "PERSON"), "</family></name></assignedPerson>\n")
    b("      <representedOrganization><name>", org, "</name></representedOrganization>\n")
    b("    </assignedAuthor>\n  </author>\n")
    b("  <custodian><assignedCustodian><representedCustodianOrganization><name>", org)
    b("</name></representedCustodianOrganization></assignedCustodian></custodian>\n</ClinicalDocument>\n")


@T("clinical_note")
def ambulance_handover(g: Gen, b: Builder) -> None:
    """An ATMIST / SBAR handover from an ambulance crew, typed into the ED system."""
    p, crew, kin = g.person(), g.person(), g.person()
    a = address(g, p.loc)
    born = _dob_day(g)
    today = g.day(2016, 2024)
    age = _years(today, born)
    cs = g.fill(g.pick(("Medic ##", "RRV ###", "Amb ##@", "Unit #-##")))
    b(g.pick(("PRE-ALERT / HANDOVER", "EMS handover (ATMIST)", "Ambulance handover")), " — ", cs, "\n")
    b(
        "Inc no. ",
        g.ref(text=g.fill("######-##")),
        "   ",
        g.date(today, g.pick(("dd/mm/yyyy", "mm/dd/yyyy"))),
        "\n\n",
    )
    known = g.chance(0.75)
    if known:
        b("Pt: ", g.name(p, g.pick(("full", "LAST_FIRST", "UPPER"))), "   DOB ", _dob(g, None, born))
        if p.loc == "en_GB" and g.chance(0.6):
            b("   NHS ", g.ident("nhs"))
        b("\n")
    else:
        b("Pt: unknown ", "female" if p.female else "male", ", no ID on scene\n")
    b("A: ", g.age(age), g.pick(("", " yrs", "y")), " ", "F" if p.female else "M", "\n")
    t0, t1, t2 = _times(g, 3, 0, 23 * 60)
    b("T: call ", _clock(t0), ", on scene ", _clock(t1), ", left scene ", _clock(t2), "\n")
    b(
        "M: ",
        g.pick(
            (
                "fall down stairs at home, ~12 steps",
                "cyclist v car, approx 30 mph",
                "found on floor by neighbour, long lie ?6h",
                "collapse in supermarket, witnessed",
                "SOB worsening over 2 days",
            )
        ),
        "\n",
    )
    b(
        "I: ",
        g.pick(
            ("#?NOF L", "head lac 4cm, no LOC", "nil obvious", "deformity R wrist", "?CVA, L sided weakness")
        ),
        "\n",
    )
    b("S: ", filler.findings(g, 2, "; "), f", GCS {g.rng.randrange(9, 16)}\n")
    b("T: ", g.pick(("paracetamol 1g IV", "Entonox", "O2 15L NRB", "nil", "aspirin 300mg PO")), ", ")
    b(g.pick(("C-collar", "splint", "cannula 18G L ACF", "")), "\n\n")
    b("Found at: ", one_line(a), "\n")
    if g.chance(0.6):
        b(
            "NOK ",
            g.pick(("wife", "husband", "daughter", "son", "carer")),
            " ",
            g.name(kin, g.pick(("first", "full"))),
            " informed, en route — ",
            g.phone(p.loc, ext=0),
            "\n",
        )
    b(
        "Meds: ",
        g.pick(vocab.DRUGS),
        ", ",
        g.pick(vocab.DRUGS),
        ". Allergies: ",
        g.pick(("NKDA", "penicillin", "codeine")),
        "\n",
    )
    b(
        "Handed to ",
        g.pick(("Resus", "Majors", "triage RN")),
        " by ",
        g.name(crew, g.pick(("full", "initial"))),
    )
    b(g.pick((" (paramedic)", ", EMT-P", ", HCPC reg. ")))
    if g.chance(0.3):
        b(" ", g.ident("professional"))
    b("\n")


@T("clinical_note")
def pharmacy_label(g: Gen, b: Builder) -> None:
    """A dispensing label and the pharmacist's counselling slip."""
    p, md = g.person(), g.person()
    a, pa = address(g, p.loc), address(g, p.loc)
    store = ent(
        g.pick(("CVS Pharmacy", "Walgreens", "Boots", "Rite Aid", "Lloyds Pharmacy", "Shoppers Drug Mart"))
        + f" #{g.rng.randrange(1000, 9999)}",
        "ORGANIZATION",
    )
    drug = g.pick(vocab.DRUGS)
    filled = g.day()
    b(upper(store) if g.chance(0.5) else store, "\n", one_line(pa), "\n", "Ph ", g.phone(p.loc, ext=0), "\n")
    b("-" * 36, "\n")
    b("RX# ", g.ref(text=g.fill("#######")), g.pick(("  NEW", "  REFILL", "")), "\n")
    b(g.name(p, g.pick(("UPPER", "LAST_FIRST", "full"))), "\n")
    if g.chance(0.5):
        b(one_line(a), "\n")
    b(f"{drug.upper()} {g.pick(vocab.DOSES).upper()} TAB\n")
    b(
        f"TAKE {g.pick(('1', '2', 'ONE', 'HALF'))} TABLET BY MOUTH "
        f"{g.pick(('DAILY', 'TWICE DAILY', 'AT BEDTIME', 'EVERY 8 HOURS AS NEEDED'))}\n"
    )
    b(f"QTY: {g.rng.randrange(14, 91)}   REFILLS: {g.rng.randrange(0, 6)}\n")
    b("DR. ", g.name(md, g.pick(("UPPER", "LAST"))))
    if g.chance(0.5):
        b("  DEA ", ent(g.fill("@@#######"), "ID"))
    b("\nFILLED: ", g.date(filled, g.pick(("mm/dd/yyyy", "mm/dd/yy"))), "   DISCARD AFTER: ")
    b(g.date(filled + timedelta(days=365), "mm/dd/yyyy"), "\n", "-" * 36, "\n")
    b(
        g.pick(
            ("MAY CAUSE DROWSINESS.", "TAKE WITH FOOD.", "DO NOT DRINK ALCOHOL.", "AVOID GRAPEFRUIT JUICE.")
        ),
        "\n\n",
    )
    b(
        "Counselled ",
        g.name(p, g.pick(("first", "full"))),
        g.pick((" at pickup", " by phone", " (daughter collected)")),
        "; DOB verified ",
        _dob(g, g.pick(("mm/dd/yyyy", "m/d/yyyy", "dd/mm/yyyy"))),
        ". Ins: ",
        g.pick(("commercial", "Medicare Part D", "cash")),
        ", copay $",
        str(g.rng.randrange(0, 45)),
        ".\n",
    )


@T("clinical_note")
def pathology_report_header(g: Gen, b: Builder) -> None:
    """A surgical pathology report: demographics block, specimen, gross with the container labels."""
    p, sub, path, cc = g.person(), g.person(), g.person(), g.person()
    org = g.hospital()
    born, coll = _dob_day(g), g.day()
    acc = g.ref(text=g.fill(g.pick(("S##-#####", "SP-##-######", "H##-####"))))
    b(upper(org), "\n", g.pick(("DEPARTMENT OF PATHOLOGY", "Anatomic Pathology Laboratory")), "\n\n")
    b("SURGICAL PATHOLOGY REPORT", " " * 8, "Accession: ", acc, "\n\n")
    rows = [
        ("Patient:", g.name(p, g.pick(("LAST_FIRST", "last_first")))),
        ("MRN:", g.ident("mrn")),
        (
            "DOB/Age/Sex:",
            (_dob(g, "mm/dd/yyyy", born), " / ", g.age(_years(coll, born)), " / ", "F" if p.female else "M"),
        ),
        ("Collected:", g.date(coll, "mm/dd/yyyy")),
        ("Received:", g.date(coll + timedelta(days=g.rng.randrange(0, 2)), "mm/dd/yyyy")),
        ("Submitting:", ("Dr. ", g.name(sub, g.pick(("full", "initial"))))),
        ("Copy to:", g.name(cc, g.pick(("last_first", "full")))),
    ]
    for label, value in rows:
        b(f"{label:<14}", value, "\n")
    b(
        "\nCLINICAL HISTORY: ",
        g.pick(vocab.CONDITIONS),
        "; ",
        g.pick(("r/o malignancy", "mass on CT", "polyp at 30 cm")),
        ".\n\n",
    )
    site = g.pick(
        (
            "Colon, sigmoid, polypectomy",
            "Skin, left forearm, shave biopsy",
            "Breast, right, core biopsy",
            "Gallbladder, cholecystectomy",
        )
    )
    b("SPECIMEN: A. ", site, "\n\n")
    quote = g.pick(('"', ""))
    b(
        "GROSS DESCRIPTION: Received in formalin in a container labeled with the patient's name ",
        quote,
        g.name(p, g.pick(("UPPER", "full", "LAST_FIRST"))),
        quote,
        " and medical record number, ",
        f'designated "{site.split(",")[0].lower()}", is a {g.rng.randrange(2, 40) / 10:.1f} cm '
        "tan-pink fragment. ",
        "Entirely submitted in cassette A1.\n\n",
    )
    b(
        "FINAL DIAGNOSIS:\n  ",
        g.pick(
            (
                "Tubular adenoma, no high-grade dysplasia.",
                "Chronic cholecystitis with cholelithiasis.",
                "Seborrheic keratosis; margins clear.",
                "Invasive ductal carcinoma, grade 2 (see comment).",
            )
        ),
        "\n\n",
    )
    b("Electronically signed: ", g.name(path, g.pick(("full", "middle"))), ", MD  ")
    b(
        g.date(coll + timedelta(days=g.rng.randrange(2, 6)), g.pick(("mm/dd/yyyy", "Mon d, yyyy"))),
        " ",
        _hm(g),
        "\n",
    )


@T("clinical_note")
def insurance_preauth(g: Gen, b: Builder) -> None:
    """A prior-authorisation request faxed to a health plan, with checkboxes and codes."""
    p, md, office = g.person("en_US"), g.person("en_US"), g.person("en_US")
    a = address(g, "en_US")
    plan = g.pick(
        ("Aetna", "Blue Cross Blue Shield", "UnitedHealthcare", "Cigna", "Humana", "Molina Healthcare")
    )
    b(
        ent(plan, "ORGANIZATION"),
        g.pick((" — Prior Authorization Request", " PRECERTIFICATION FORM", " Pre-Service Review")),
        "\n",
    )
    b(
        "Fax to ",
        ent(g.fill("1-8##-###-####"), "PHONE_NUMBER"),
        "  |  Urgent? ",
        g.pick(("[X] Yes [ ] No", "[ ] Yes [X] No")),
        "\n\n",
    )
    b("SECTION A — MEMBER\n")
    b("Member name: ", g.name(p, g.pick(("full", "LAST_FIRST"))), "\n")
    b("Member ID: ", g.ident("member"), "    Group #: ", g.ref(text=g.fill("######")), "\n")
    b("DOB: ", _dob(g, g.pick(("mm/dd/yyyy", "m/d/yyyy"))), "    Phone: ", g.phone("en_US", ext=0), "\n")
    b("Address: ", one_line(a), "\n\n")
    b("SECTION B — REQUESTING PROVIDER\n")
    b("Name: Dr. ", g.name(md, "full"), "    NPI: ", g.ident("professional"), "\n")
    b("Practice: ", g.org("en_US"), "    Tax ID: ", g.ref(text=g.fill("##-#######")), "\n")
    b(
        "Contact: ",
        g.name(office, g.pick(("full", "first"))),
        "    Ph: ",
        g.phone("en_US"),
        "    Fax: ",
        g.phone("en_US", ext=0),
        "\n\n",
    )
    b("SECTION C — SERVICE\n")
    svc = g.pick(
        (
            ("MRI lumbar spine w/o contrast", "72148"),
            ("Sleep study, attended", "95810"),
            ("Total knee arthroplasty", "27447"),
            ("CT abdomen/pelvis w/ contrast", "74177"),
        )
    )
    b(f"Requested: {svc[0]}   CPT {svc[1]}   Units 1\n")
    b(f"Dx: ICD-10 {g.pick(('M54.16', 'G47.33', 'M17.11', 'R10.31'))}  ({g.pick(vocab.CONDITIONS)})\n")
    b("Planned date: ", g.date(), "   Setting: ", g.pick(("outpatient", "inpatient", "ASC")), "\n")
    b(
        "Clinical rationale: ",
        g.pick(
            (
                "Failed 6 weeks PT and NSAIDs.",
                "Persistent radicular pain despite conservative tx.",
                "Epworth 16, witnessed apneas.",
            )
        ),
        " Notes attached (",
        str(g.rng.randrange(3, 15)),
        " pages).\n\n",
    )
    b("Signature on file   Date ", g.date(style="mm/dd/yyyy"), "\n")


@T("clinical_note")
def clinic_letter_to_gp(g: Gen, b: Builder) -> None:
    """An outpatient clinic letter to the GP, NHS style, with the patient copied in."""
    p, gp, cons, sec = g.person("en_GB"), g.person("en_GB"), g.person("en_GB"), g.person("en_GB")
    pa, gpa, ha = address(g, "en_GB"), address(g, "en_GB"), address(g, "en_GB")
    born, clinic = _dob_day(g), g.day()
    trust = ent(
        f"{ha.city.text} {g.pick(('Teaching Hospitals', 'University Hospitals', 'Royal Infirmary'))} "
        "NHS Trust",
        "ORGANIZATION",
    )
    spec = g.pick(
        ("Cardiology", "Rheumatology", "Gastroenterology", "Respiratory Medicine", "Diabetes & Endocrinology")
    )
    b(trust, "\n", spec, " Outpatients\n", one_line(ha), "\n")
    b("Secretary: ", g.name(sec, g.pick(("full", "initial"))), "  Tel ", g.phone("en_GB"), "\n\n")
    b("Our ref: ", g.ref(text=g.fill("@@/@@@/####")), "    NHS No: ", g.ident("nhs"), "\n")
    b("Clinic date: ", g.date(clinic, g.pick(("dd/mm/yyyy", "d Month yyyy"))))
    b("    Dictated: ", g.date(clinic, "dd/mm/yyyy"), "  Typed: ")
    b(g.date(clinic + timedelta(days=g.rng.randrange(2, 12)), "dd/mm/yyyy"), "\n\n")
    b("Dr ", g.name(gp, g.pick(("full", "initial"))), "\n", g.org("en_GB"), " Surgery\n", block(gpa), "\n")
    b("Dear Dr ", g.name(gp, "last"), ",\n\n")
    b(
        "Re: ",
        g.name(p, g.pick(("full", "UPPER"))),
        "   DOB: ",
        _dob(g, g.pick(("dd/mm/yyyy", "dd.mm.yyyy", "d Mon yyyy")), born),
        "\n     ",
        one_line(pa),
        "\n     Hosp No: ",
        g.ident("mrn"),
        "\n\n",
    )
    b("Diagnoses:\n")
    for i, c in enumerate(filler.conditions(g, g.rng.randrange(2, 4))):
        b(f"  {i + 1}. {c}\n")
    b("\nPlan:\n  - ", filler.med(g), "\n  - repeat bloods in ", str(g.rng.randrange(2, 9)), " weeks\n\n")
    t = g.title(p).strip()
    b(
        f"I reviewed {t} ",
        g.name(p, "last"),
        " in clinic today",
        g.pick((", accompanied by ", " with ")),
        g.pick(("her husband", "his wife", "a daughter", "a friend")),
        ". ",
        filler.findings(g, 2),
        ". ",
        g.pick(
            (
                "I have explained the results and we agreed to continue the current treatment.",
                "I would be grateful if you could check the renal function in a fortnight.",
                "There is no indication for further investigation at this stage.",
            )
        ),
        "\n\nI will see ",
        g.pick(("her", "him")) if g.chance(0.5) else "the patient",
        " again in ",
        g.pick(("3 months", "6 months", "the nurse-led clinic")),
        ".\n\nYours sincerely,\n\n\n",
        g.name(cons, g.pick(("full", "middle"))),
        "\nConsultant in ",
        spec,
        "\n\ncc: ",
        g.name(p, "full"),
        ", ",
        one_line(pa),
        "\n",
    )


# ---------------------------------------------------------------- e-mail


def _rfc_date(g: Gen, d: date) -> tuple:
    wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()]
    tz = g.pick(("+0000", "+0100", "-0500", "+0200", "-0800"))
    return (f"{wd}, ", g.date(d, "d Mon yyyy"), f" {_hm(g, 0, 24)}:{g.rng.randrange(60):02d} {tz}")


def _server_ip(g: Gen) -> Ent:
    return ent(
        g.fill(g.pick(("209.85.###.##", "40.107.##.###", "52.100.##.##", "17.58.##.###"))), "IP_ADDRESS"
    )


@T("support_email")
def raw_rfc822_headers(g: Gen, b: Builder) -> None:
    """A message viewed with "show original": Received chain, DKIM, X-Originating-IP, then the body."""
    p, org = g.person(), g.org()
    dom = g.domain_of(org)
    sender = g.email(p)
    d = g.day()
    host = g.pick(
        (
            "mail-wr1-f54.google.com",
            "mail-eopbgr80054.outbound.protection.outlook.com",
            "sonic.gate.mail.ne1.yahoo.com",
        )
    )
    b("Delivered-To: ", g.pick(("support", "help", "billing", "info")), "@", dom, "\n")
    b(
        "Received: by 2002:a05:6a10:",
        g.fill("####"),
        " with SMTP id ",
        g.fill("@@##@@#"),
        ";\n        ",
        *_rfc_date(g, d),
        "\n",
    )
    b("Return-Path: <", sender, ">\n")
    b("Received: from ", host, " (", host, " [", _server_ip(g), "])\n        by mx.", dom)
    b(
        " (Postfix) with ESMTPS id ",
        g.fill("4T@#@@#@@@z"),
        "\n        for <support@",
        dom,
        ">; ",
        *_rfc_date(g, d),
        "\n",
    )
    if g.chance(0.7):
        b(
            "Received: from [",
            g.ip(),
            "] (",
            g.pick(("cpc", "host", "static")),
            "-",
            g.fill("###-##"),
            ".isp.example [",
        )
        b(
            g.ip(),
            "])\n        by smtp.",
            sender.text.split("@")[1],
            " with ESMTPSA id ",
            g.fill("@##@@#@#@"),
            "\n",
        )
    b(
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=",
        sender.text.split("@")[1],
        "; s=20230601;\n",
    )
    b("        h=to:subject:message-id:date:from:mime-version; bh=", g.fill("@#@@##@@@#@@#@@@=="), "\n")
    b("MIME-Version: 1.0\n")
    b('From: "', g.name(p, g.pick(("full", "full", "UPPER", "last_first"))), '" <', sender, ">\n")
    if g.chance(0.4):
        b("Reply-To: ", g.email(p), "\n")
    b("Date: ", *_rfc_date(g, d), "\n")
    b("Message-ID: <CA", g.fill("@#@@##@#@@#@@@#@#@@@"), "@mail.gmail.com>\n")
    subj = g.pick(
        ("Order problem", "Re: your ticket", "Account access", "Complaint - urgent", "Change of address")
    )
    b("Subject: ", subj, "\nTo: ", ent(f"support@{dom}", "EMAIL_ADDRESS"), "\n")
    if g.chance(0.6):
        b("X-Originating-IP: [", g.ip(), "]\n")
    b('Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n')
    b(
        "Hello,\n\n",
        filler.issue(g).capitalize(),
        ". My account is under ",
        g.email(p),
        g.pick((" and the order number is ", " - order ")),
        g.ref(),
        ".\nPlease call me on ",
        g.phone(p.loc),
        g.pick((" before 5pm", "", " any time")),
        "=2E\n\n",
        g.name(p, g.pick(("first", "full"))),
        "\n",
    )


_WROTE = {
    "en": ("On {d} at {t}, ", " <", "> wrote:"),
    "fr": ("Le {d} à {t}, ", " <", "> a écrit :"),
    "de": ("Am {d} um {t} schrieb ", " <", ">:"),
    "es": ("El {d}, a las {t}, ", " (<", ">) escribió:"),
    "nl": ("Op {d} om {t} schreef ", " <", ">:"),
}


@T("support_email")
def localized_reply_chain(g: Gen, b: Builder) -> None:
    """A reply chain where each mail client writes its attribution line in its own language."""
    cust, agent, org = g.person(), g.person(), g.org()
    lang = {"fr_FR": "fr", "de_DE": "de", "es_ES": "es", "nl_NL": "nl"}.get(
        cust.loc, g.pick(("en", "en", "fr", "de"))
    )
    d = g.day()
    agent_mail = _mail_of(g, agent, org)
    cust_mail = g.email(cust)
    b(
        "Subject: ",
        g.pick(("RE: RE: ", "Re: AW: ", "RE: TR: ", "Re: Re: ")),
        g.pick(("Reklamation", "Réclamation", "Case update", "Refund")),
        "\n\n",
    )
    sent_from = {
        "en": "Sent from my iPhone",
        "fr": "Envoyé de mon iPhone",
        "de": "Von meinem iPhone gesendet",
    }
    b(
        g.pick(("Thanks — that's sorted now.", "Still nothing, sorry.", "Perfect, merci !", "Danke, passt.")),
        f"\n\n{sent_from[lang]}" if lang in sent_from and g.chance(0.6) else "",
        "\n\n",
    )
    # (whose message is quoted, language of the client that wrote the attribution line)
    levels = [(agent, agent_mail, lang), (cust, cust_mail, "en"), (agent, agent_mail, lang)]
    dstyles = {
        "en": "Mon d, yyyy",
        "fr": "dd/mm/yyyy",
        "de": "dd.mm.yyyy",
        "es": "d Month yyyy",
        "nl": "dd-Mon-yyyy",
    }
    for depth, (who, mail, lg) in enumerate(levels):
        q = ">" * depth + (" " if depth else "")
        head, mid, tail = _WROTE[lg]
        pre, post = head.split("{d}")
        when = g.date(d - timedelta(days=depth), dstyles[lg])
        b(q, pre, when, post.replace("{t}", _hm(g, 8, 20)), g.name(who, "full"), mid, mail, tail, "\n")
        qq = ">" * (depth + 1) + " "
        if who is agent:
            b(qq, "Dear ", g.name(cust, g.pick(("first", "full"))), ",\n", qq, "\n", qq)
            if depth == 0:
                b(f"we have issued a credit of {g.rng.randrange(5, 300)},{g.rng.randrange(10, 99)} EUR")
                b(
                    " to the card ending ",
                    g.ref(text=g.digits(4)),
                    ". It should show within 5 working days.\n",
                )
            else:
                b(
                    "thank you for contacting us. Could you send your customer number and the "
                    "delivery address?\n"
                )
            b(qq, "\n", qq, g.name(agent, "first"), "\n", qq, g.pick(vocab.JOB_TITLES), " | ", org, "\n")
            b(qq, "Tel. ", g.phone(agent.loc), "\n")
        else:
            b(qq, filler.issue(g).capitalize(), ". Kundennummer / customer no. ", g.ident("account"))
            b(", mobile ", g.phone(cust.loc), ".\n", qq, "Address: ", one_line(address(g, cust.loc)), "\n")
            b(qq, "\n", qq, g.name(cust, g.pick(("first", "full"))), "\n")
        b(qq.strip(), "\n")


@T("support_email")
def article15_access_letter(g: Gen, b: Builder) -> None:
    """A data-subject access request under Article 15 GDPR, with the requester's identifying details."""
    p, org = g.person(g.pick(("en_GB", "en_IE", "de_DE", "fr_FR", "nl_NL", "en_GB"))), g.org()
    a, old = address(g, p.loc), address(g, p.loc)
    b("To: ", ent(f"dpo@{g.domain_of(org)}", "EMAIL_ADDRESS"), "\nSubject: ")
    b(
        g.pick(
            (
                "Subject Access Request – Article 15 GDPR",
                "Data subject access request",
                "SAR / Auskunftsersuchen nach Art. 15 DSGVO",
            )
        ),
        "\n\n",
    )
    b("Dear Data Protection Officer,\n\n")
    b(
        "I am writing to make a subject access request under Article 15 of the General Data Protection "
        "Regulation for all personal data ",
        org,
        " holds about me. To help you locate my records:\n\n",
    )
    fields = [
        ("Full name", g.name(p, "full")),
        ("Date of birth", _dob(g, g.pick(("dd/mm/yyyy", "d Month yyyy", "dd.mm.yyyy")))),
        ("Current address", one_line(a)),
        ("Previous address", one_line(old)),
        ("Customer / account number", g.ident("account")),
        ("E-mail used with you", g.email(p)),
        ("Telephone", g.phone(p.loc)),
    ]
    g.rng.shuffle(fields)
    bullet = g.pick(("  - ", "  • ", "  "))
    for label, value in fields[: g.rng.randrange(5, 8)]:
        b(bullet, label, ": ", value, "\n")
    b(
        "\nPlease provide a copy of the data, the purposes of processing, the recipients, the retention "
        "period and the source of any data not collected from me, including call recordings and CCTV from "
        "your store on ",
        g.date(),
        ".\n\nYou have one month to respond. I attach a copy of my ",
        g.pick(("passport", "driving licence", "ID card")),
        " (number ",
        g.ident(g.pick(("passport", "licence"))),
        ") for verification; please delete it once my identity is confirmed.\n\n",
        "Yours faithfully,\n",
        g.name(p, "full"),
        "\n",
    )


@T("support_email")
def solicitor_complaint_letter(g: Gen, b: Builder) -> None:
    """A letter before action from a firm of solicitors, sent as an e-mail attachment body."""
    client, sol, org = g.person("en_GB"), g.person("en_GB"), g.org("en_GB")
    firm = ent(
        f"{g.fake('en_GB').last_name()} & {g.fake('en_GB').last_name()} {g.pick(('LLP', 'Solicitors'))}",
        "ORGANIZATION",
    )
    fa, ca = address(g, "en_GB"), address(g, "en_GB")
    d = g.day()
    b(
        upper(firm),
        "\n",
        one_line(fa),
        "\nDX ",
        g.fill("#### ") + fa.city.text.upper(),
        "  T ",
        g.phone("en_GB", ext=0),
        "\n\n",
    )
    b(
        "Our ref: ",
        g.ref(text=g.fill("@@@/######/#")),
        "\nYour ref: ",
        g.ref(text=g.fill("CMP-#######")),
        "\n",
    )
    b("Date: ", g.date(d, "d Month yyyy"), "\n\n")
    b(
        "BY EMAIL ONLY: ",
        ent(f"complaints@{g.domain_of(org)}", "EMAIL_ADDRESS"),
        "\n\nThe Complaints Manager\n",
        org,
        "\n\n",
    )
    b("Dear Sirs\n\n")
    b(
        "LETTER BEFORE ACTION\nOur client: ",
        g.name(client, g.pick(("full", "UPPER"))),
        "\nOf: ",
        one_line(ca),
        "\n",
    )
    b("Account number: ", g.ident("account"), "\n\n")
    b(
        "We act for the above-named in connection with ",
        g.pick(("the defective boiler installed", "the unauthorised debits taken", "the flight cancelled")),
        " on ",
        g.date(d - timedelta(days=g.rng.randrange(30, 200)), "d Month yyyy"),
        ". Despite our client's complaints of ",
        g.date(d - timedelta(days=g.rng.randrange(10, 29)), "d Month"),
        " and telephone calls from ",
        g.phone("en_GB", ext=0),
        ", you have failed to resolve the matter.\n\n",
        f"Our client claims £{g.rng.randrange(400, 9000):,}.00 together with interest. "
        "If we do not receive a satisfactory response within 14 days we are instructed to issue proceedings "
        "without further notice.\n\n",
    )
    b(
        "Please address all correspondence to the writer, ",
        g.name(sol, "full"),
        ", at ",
        _mail_of(g, sol, firm),
        ".\n\n",
    )
    b("Yours faithfully\n\n", firm, "\n")


@T("support_email")
def html_remnant_email(g: Gen, b: Builder) -> None:
    """A message whose HTML was flattened badly: entities, mailto/tel links in angle brackets, cid images."""
    cust, agent, org = g.person(), g.person(), g.org()
    am = _mail_of(g, agent, org)
    b(
        "From: ",
        g.name(agent, "full"),
        "<mailto:",
        am,
        ">\nSent: ",
        g.date(style="d Month yyyy"),
        " ",
        _hm(g, 8, 19),
        "\nTo: ",
    )
    cm = g.email(cust)
    b(cm, "<mailto:", cm, ">\nSubject: Your booking&nbsp;", g.ref(text=g.fill("BK-######")), "\n\n")
    b("Dear&nbsp;", g.name(cust, g.pick(("first", "full"))), ",<br>\n<br>\n")
    b(
        "Thank you for your call today. As discussed, the engineer will visit&nbsp;",
        one_line(address(g, cust.loc)),
    )
    b(" on ", g.date(), "&nbsp;between 8&nbsp;and 12.<br>\n")
    b("If the time does not suit, please reply or ring us on&nbsp;")
    ph = g.phone(agent.loc, ext=0)
    b(ph, "<tel:", ent(ph.text.replace(" ", ""), "PHONE_NUMBER"), ">.<br>\n<br>\n")
    b("Kind regards,<br>\n[cid:image001.png@01DA", g.fill("####@#@#.####@@##"), "]<br>\n")
    b("<b>", g.name(agent, "full"), "</b> | ", g.pick(vocab.JOB_TITLES), "<br>\n", org, "<br>\n")
    b("T: ", g.phone(agent.loc), " | M: ", g.phone(agent.loc, ext=0), "<br>\n")
    b(
        "<https://www.",
        g.domain_of(org),
        "/> | <https://www.linkedin.com/company/",
        g.domain_of(org).split(".")[0],
        ">\n",
    )
    b(
        "&nbsp;\n",
        g.pick(
            (
                "This e-mail and any attachments are confidential.",
                "Please consider the environment before printing this e-mail.",
            )
        ),
        "\n",
    )


@T("support_email")
def delivery_failure_bounce(g: Gen, b: Builder) -> None:
    """A non-delivery report from the mailer daemon, with the original message appended."""
    p, q = g.person(), g.person()
    good = g.email(q)
    bad_local = good.text.split("@")[0]
    dom = good.text.split("@")[1]
    bad_dom = g.pick((dom.replace(".", "", 1), dom[0] + dom, dom.rsplit(".", 1)[0] + ".cm"))
    bad = ent(f"{bad_local}@{bad_dom}", "EMAIL_ADDRESS")
    d = g.day()
    b("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: ", g.email(p), "\n")
    b("Subject: Delivery Status Notification (Failure)\n\n")
    b("** Address not found **\n\nYour message wasn't delivered to ", bad, " because the domain ", bad_dom)
    b(" couldn't be found. Check for typos or unnecessary spaces and try again.\n\n")
    b(
        "The response was:\n\nDNS Error: DNS type 'mx' lookup of ",
        bad_dom,
        " responded with code NXDOMAIN\n\n",
    )
    b("Reporting-MTA: dns; googlemail.com\nArrival-Date: ", *_rfc_date(g, d), "\n\n")
    b("Final-Recipient: rfc822; ", bad, "\nAction: failed\nStatus: 5.1.2\nRemote-MTA: dns; ", bad_dom, " [")
    b(_server_ip(g), "]\nLast-Attempt-Date: ", *_rfc_date(g, d), "\n\n")
    b("----- Original message -----\n\nFrom: ", g.name(p, "full"), " <", g.email(p), ">\nTo: ", bad, "\n")
    b(
        "Subject: ",
        g.pick(("Documents for the flat", "Invoice for May", "Your application", "Contact details")),
        "\n\n",
    )
    b(
        "Hi ",
        g.name(q, "first"),
        ",\n\n",
        g.pick(("As promised, here are my details for the contract", "Here's what you asked for")),
        ":\n",
    )
    b(g.name(p, "full"), "\n", block(address(g, p.loc)), "Mobile ", g.phone(p.loc), "\n")
    if g.chance(0.5):
        b("Bank: ", g.iban(p.loc), "\n")
    b("\nThanks,\n", g.name(p, "first"), "\n")


@T("support_email")
def security_alert_email(g: Gen, b: Builder) -> None:
    """An automatic new-sign-in alert, forwarded by the account holder to support with a worried note."""
    p, org = g.person(), g.org()
    d = g.day()
    where = address(g, g.pick(("en_US", "de_DE", "pl_PL", "pt_BR", "vi_VN", "en_GB")))
    b("---------- Forwarded message ---------\nFrom: ", org, " <no-reply@accounts.", g.domain_of(org), ">\n")
    b("Date: ", g.date(d, g.pick(("Mon d, yyyy", "d Mon yyyy"))), " at ", _hm(g, 0, 24), "\nSubject: ")
    b(
        g.pick(("New sign-in to your account", "Security alert", "Unusual sign-in activity")),
        "\nTo: <",
        g.email(p),
        ">\n\n",
    )
    b(
        "Hi ",
        g.name(p, g.pick(("first", "full"))),
        ",\n\nWe noticed a new sign-in to your account ",
        g.email(p),
        ".\n\n",
    )
    b(
        "  Device:    ",
        g.pick(("Windows 11 · Chrome", "iPhone · Safari", "Linux · Firefox", "Android · App")),
        "\n",
    )
    b("  Location:  ", where.city, ", ", where.country, " (approximate)\n")
    b("  IP address: ", g.ip(), "\n  Time:      ", _hm(g, 0, 24), " UTC\n\n")
    b("If this was you, you can ignore this e-mail. If not, reset your password at ")
    b(ent(f"https://accounts.{g.domain_of(org)}/security?uid={g.digits(8)}", "URL"), "\n\n")
    b(
        "---\n",
        g.pick(("This was NOT me!! ", "Hi, I've never been to that city. ", "Please lock my account. ")),
        "I'm at home in ",
        address(g, p.loc).city,
        ", my usual IP is ",
        g.ip(),
        ". Please call ",
        g.phone(p.loc),
        ".\n",
        g.name(p, g.pick(("full", "first"))),
        "\n",
    )


@T("support_email")
def plaintext_newsletter(g: Gen, b: Builder) -> None:
    """A residents' association newsletter mailed as plain text, with a committee contact list."""
    loc = g.pick(("en_GB", "en_US", "en_IE", "en_AU", "en_GB"))
    ppl = [g.person(loc) for _ in range(5)]
    a = address(g, loc)
    assoc = ent(
        f"{a.city.text} {g.pick(('Residents Association', 'Neighbourhood Watch', 'Allotment Society'))}",
        "ORGANIZATION",
    )
    b(
        "=" * 52,
        "\n  ",
        upper(assoc),
        " — ",
        g.pick(("Spring", "Summer", "Autumn", "Winter")),
        " Newsletter\n",
        "=" * 52,
        "\n\n",
    )
    b("IN THIS ISSUE\n  * AGM date\n  * Street party\n  * Who's who\n\n")
    b("AGM\n---\nThe AGM will be held on ", g.date(style=g.pick(("d Month yyyy", "Month d, yyyy"))), " at ")
    b(g.pick(("St Luke's church hall", "the community centre", "the Red Lion (upstairs)")), ", 7.30pm. ")
    b("Apologies to the secretary please.\n\n")
    b(
        "WELCOME\n-------\nA warm welcome to ",
        g.name(ppl[3], "full"),
        g.pick((" and family", "")),
        ", who moved into number ",
    )
    b(
        str(g.rng.randrange(1, 80)),
        ", and to ",
        g.name(ppl[4], g.pick(("full", "first"))),
        " at ",
        ent(f"{g.rng.randrange(1, 90)} {g.fake(loc).street_name()}", "STREET_ADDRESS"),
        ".\n\n",
    )
    b("WHO'S WHO\n---------\n")
    for role, p in zip(("Chair", "Secretary", "Treasurer"), ppl[:3], strict=False):
        b(
            f"{role + ':':<11}",
            g.name(p, "full"),
            ", ",
            ent(
                f"{g.rng.randrange(1, 150)} "
                f"{g.pick(('Elm Grove', 'Kings Road', 'The Crescent', 'Orchard Way'))}",
                "STREET_ADDRESS",
            ),
        )
        b(", ", g.phone(loc, ext=0))
        if g.chance(0.6):
            b(", ", g.email(p))
        b("\n")
    b("\nTo unsubscribe reply with REMOVE. This newsletter is sent to members only; please don't forward.\n")


# ---------------------------------------------------------------- transcripts


@T("chat_transcript")
def deposition_page(g: Gen, b: Builder) -> None:
    """A page of a deposition transcript: line numbers, Q./A., objections, the witness's particulars."""
    w, att, opp = g.person("en_US"), g.person("en_US"), g.person("en_US")
    a = address(g, "en_US")
    page = g.rng.randrange(4, 60)
    out: list[tuple] = []
    out.append(("BY ", "MR. " if not att.female else "MS. ", g.name(att, "LAST"), ":"))
    out.append(("Q.   Would you state your full name for the record, please.",))
    out.append(("A.   ", g.name(w, g.pick(("full", "middle"))), "."))
    out.append(("Q.   And spell your last name for the court reporter.",))
    out.append(("A.   ", ent("-".join(w.last.upper().replace(" ", "")), "PERSON"), "."))
    out.append(("Q.   What is your current residential address?",))
    out.append(("A.   ", a.street, ", ", a.city, ", ", a.region, " ", a.zip, "."))
    out.append(("Q.   How long have you lived there?",))
    out.append((f"A.   About {g.rng.randrange(2, 20)} years.",))
    out.append(("Q.   And your date of birth?",))
    out.append(("A.   ", _dob(g, g.pick(("Month d, yyyy", "m/d/yyyy", "Month dth, yyyy"))), "."))
    if g.chance(0.5):
        out.append(
            (
                "MR. " if not opp.female else "MS. ",
                g.name(opp, "LAST"),
                ":  Objection; relevance. You can answer.",
            )
        )
    out.append(("Q.   Were you employed by ", g.org("en_US"), " on ", g.date(style="Month d, yyyy"), "?"))
    job = g.pick(vocab.JOB_TITLES).lower()
    out.append(("A.   Yes. I was ", "an " if job[0] in "aeiou" else "a ", job, " there."))
    out.append(("Q.   Who was your direct supervisor at that time?",))
    sup = g.person("en_US")
    out.append(
        (
            "A.   ",
            g.name(sup, g.pick(("full", "first"))),
            ". ",
            "She" if sup.female else "He",
            " left in ",
            str(g.rng.randrange(2015, 2024)),
            ".",
        )
    )
    out.append(("Q.   Do you have a phone number where ", g.name(sup, "last"), " can be reached?"))
    out.append(("A.   The last one I had was ", g.phone("en_US", ext=0), ", but that was a while ago."))
    b(" " * 40, f"Page {page}\n")
    for i, line in enumerate(out[:25]):
        b(f"{i + 1:>2}      ", *line, "\n")
    b(
        "\n",
        g.pick(("Veritext Legal Solutions", "Esquire Deposition Solutions", "Court Reporting Services")),
        "   ",
        g.fill("8##-###-####"),
        "\n",
    )


@T("chat_transcript")
def tribunal_hearing(g: Gen, b: Builder) -> None:
    """A typed record of an employment-tribunal hearing, speakers by role and name."""
    c, r_wit, judge, rep = g.person("en_GB"), g.person("en_GB"), g.person("en_GB"), g.person("en_GB")
    a = address(g, "en_GB")
    org = g.org("en_GB")
    b("EMPLOYMENT TRIBUNALS\nClaimant: ", g.name(c, "full"), "\nRespondent: ", org, "\n")
    b(
        "Case No: ",
        g.ref(text=g.fill("#######/20##")),
        "\nHeard at: ",
        a.city,
        " on ",
        g.date(style="d Month yyyy"),
        "\n",
    )
    b("Before: Employment Judge ", g.name(judge, "last"), "\n\n")
    turns = [
        ("JUDGE", ("Good morning. Could you confirm your full name and current address for the record?",)),
        (
            "CLAIMANT",
            ("Yes. It's ", g.name(c, "full"), ", and I live at ", a.street, ", ", a.city, ", ", a.zip, "."),
        ),
        (
            "JUDGE",
            (
                "Thank you. ",
                g.title(rep).strip(),
                " ",
                g.name(rep, "last"),
                ", you represent the respondent?",
            ),
        ),
        ("REP", ("I do, Judge. I call ", g.name(r_wit, "full"), ", the store manager.")),
        (
            "JUDGE",
            (
                g.title(r_wit),
                g.name(r_wit, "last"),
                ", you've affirmed. Please go to page ",
                str(g.rng.randrange(20, 300)),
                " of the bundle.",
            ),
        ),
        (
            "WITNESS",
            (
                "That's the rota for the week of ",
                g.date(style="d Month"),
                ". The claimant was rostered on the Saturday.",
            ),
        ),
        (
            "CLAIMANT",
            (
                "I told you on the phone — I rang the store on ",
                g.phone("en_GB", ext=0),
                " at seven that morning.",
            ),
        ),
        ("JUDGE", ("We'll take a short break. Back in fifteen minutes.",)),
    ]
    for who, words in turns:
        if who == "REP":
            b("MS " if rep.female else "MR ", ent(rep.last.upper(), "PERSON"), ":  ", words, "\n\n")
        else:
            b(who, ":  ", words, "\n\n")
    b("[Short adjournment ", _hm(g, 10, 16), "]\n")


@T("chat_transcript")
def asr_segments_json(g: Gen, b: Builder) -> None:
    """Speech-to-text output as JSON segments with timestamps and speaker labels (a booking call)."""
    agent, caller = g.person(), g.person()
    a = address(g, caller.loc)
    born = _dob_day(g)
    org = g.org()
    texts = [
        (0, ("thank you for calling ", lower(org), " this is ", g.name(agent, "first_lower"), " speaking")),
        (1, ("hi yes i'd like to book a delivery slot please",)),
        (0, ("sure can i take your full name",)),
        (1, ("it's ", g.name(caller, "lower"))),
        (0, ("and the first line of the address and postcode",)),
        (1, (lower(a.street), " ", lower(a.zip))),
        (0, ("thanks and for security your date of birth",)),
        (1, (_dob(g, g.pick(("d Month yyyy", "Month d, yyyy", "the dth of Month")), born),)),
        (0, ("lovely and a contact number",)),
        (1, (g.phone(caller.loc, ext=0), " that's my mobile")),
        (0, ("perfect you're booked for ", filler.weekday(g).lower(), " morning")),
    ]
    t = round(g.rng.uniform(0.2, 2.0), 2)
    b(
        '{\n  "language": "',
        g.pick(("en", "en-GB", "en-US")),
        '",\n  "duration": ',
        f"{40 + g.rng.random() * 90:.2f}",
        ',\n  "segments": [\n',
    )
    for i, (spk, words) in enumerate(texts):
        dur = round(g.rng.uniform(1.0, 4.5), 2)
        b(
            f'    {{"id": {i}, "start": {t:.2f}, "end": {t + dur:.2f}, '
            f'"speaker": "SPEAKER_{spk:02d}", "text": " '
        )
        b(*words, '"')
        if g.chance(0.4):
            b(f', "avg_logprob": -{g.rng.uniform(0.1, 0.6):.3f}')
        b("}", "," if i < len(texts) - 1 else "", "\n")
        t = round(t + dur + g.rng.uniform(0.1, 0.9), 2)
    b("  ]\n}\n")


@T("chat_transcript")
def visual_voicemail_export(g: Gen, b: Builder) -> None:
    """A visual-voicemail inbox export: caller, time, duration and the machine transcription."""
    owner = g.person()
    n = g.rng.randrange(3, 5)
    b(
        g.pick(("Voicemail — ", "Visual Voicemail export: ", "Inbox (")),
        str(n),
        " new",
        ")" if g.chance(0.3) else "",
        "\n\n",
    )
    for _ in range(n):
        caller = g.person(owner.loc)
        known = g.chance(0.5)
        b("From: ")
        if known:
            b(g.name(caller, g.pick(("full", "first"))), " (", g.phone(owner.loc, ext=0), ")")
        else:
            b(g.phone(owner.loc, ext=0), g.pick(("", " (Unknown)", " — possible spam")))
        b(
            "\n",
            g.date(style=g.pick(("Mon d, yyyy", "dd/mm/yyyy", "m/d/yy"))),
            " ",
            _hm(g, 7, 22),
            f"  ·  0:{g.rng.randrange(8, 59):02d}\n",
        )
        kind = g.rng.randrange(4)
        if kind == 0:
            b(
                '"Hi ',
                g.name(owner, "first"),
                ", it's ",
                g.name(caller, "first"),
                ", just calling about ",
                g.pick(("Saturday", "the keys", "Mum's birthday", "the invoice")),
                ". Call me back on ",
                g.phone(owner.loc, ext=0),
                ', bye."\n',
            )
        elif kind == 1:
            b(
                '"Good afternoon, this message is for ',
                g.name(owner, "full"),
                ". This is ",
                g.name(caller, "full"),
                " from ",
                g.hospital(),
                " regarding your appointment on ",
                g.date(style=g.pick(("Month d", "d Month"))),
                ". Please call us on (inaudible) ... extension ",
                ent(g.digits(4), "PHONE_NUMBER"),
                '."\n',
            )
        elif kind == 2:
            b(
                "\"Yeah hi, delivery driver here, I'm outside ",
                ent(str(g.rng.randrange(1, 200)), "STREET_ADDRESS"),
                " ... ",
                lower(ent(g.fake(owner.loc).street_name(), "STREET_ADDRESS")),
                ", nobody's answering. I'll leave it with the neighbour.\"\n",
            )
        else:
            b(
                '"This is an important message regarding your tax account. Press one to speak to '
                'an officer (transcription unavailable)"\n'
            )
        b(g.pick(("Transcription confidence: low\n", "", "Was this transcription useful? Yes / No\n")), "\n")


@T("chat_transcript")
def cad_event_chronology(g: Gen, b: Builder) -> None:
    """An emergency dispatch CAD event chronology with ANI/ALI, caller details and unit updates."""
    born, unit = _dob_day(g), g.fill("M%#")
    caller, pt = g.person("en_US"), g.person("en_US")
    a = address(g, "en_US")
    d = g.day()
    m = _times(g, 1, 0, 23 * 60)[0]
    ev = g.fill("2#-######")
    b(
        "CAD EVENT ",
        g.ref(text=ev),
        "   ",
        g.pick(("MEDICAL", "FIRE ALARM", "MVA W/ INJ", "WELFARE CHECK")),
        "   PRI ",
        str(g.rng.randrange(1, 4)),
        "\n",
    )
    b(
        "CREATED ",
        g.date(d, "mm/dd/yyyy"),
        " ",
        _clock(m, g.rng.randrange(60)),
        " BY DISP",
        g.fill("##"),
        "\n",
    )
    b("-" * 60, "\n")
    log = [
        ("ANI/ALI: ", g.phone("en_US", ext=0), "  ", g.pick(("WPH2", "VOIP", "RESD")), "  CLASS OF SVC"),
        (
            "LOC: ",
            upper(a.street),
            ", ",
            upper(a.city),
            g.pick((" -- APT/UNIT VERIFIED", "", " XST: ELM/2ND")),
        ),
        (
            "CALLER: ",
            g.name(caller, g.pick(("LAST_FIRST", "UPPER"))),
            " (",
            g.pick(("NEIGHBOR", "SPOUSE", "SELF", "PASSERBY")),
            ")",
        ),
        (
            "NARR: ",
            g.pick(("PT", g.name(pt, "UPPER"))),
            f" {_years(d, born)} YO{'F' if pt.female else 'M'} ",
            g.pick(("UNRESP BREATHING", "FELL C/O HIP PAIN", "DIFF BREATHING", "CHEST PAIN")),
        ),
        ("NARR: CB# ", g.phone("en_US", ext=0), " GATE CODE ", g.fill("####"), " DOG ON PREM"),
        (
            "UNIT ",
            unit,
            " DISP / ",
            g.fill("E#"),
            " DISP",
        ),
        (
            "UNIT ",
            unit,
            " ENRT",
        ),
        (
            "NARR: PT DOB ",
            _dob(g, "mm/dd/yyyy", born),
            " PER CALLER, HX ",
            g.pick(("CHF", "DM", "SEIZURES", "COPD")).upper(),
        ),
        (
            "UNIT ",
            unit,
            " ONSC",
        ),
        ("NARR: TRANSPORTING TO ", upper(g.hospital()), " ", g.pick(("CODE 3", "NON-EMERG"))),
    ]
    secs = m * 60 + g.rng.randrange(60)
    for line in log:
        secs += g.rng.randrange(5, 200)
        b(_clock(secs // 60, secs % 60), "  ", line, "\n")
    m = secs // 60
    b(
        "-" * 60,
        "\nCLOSED ",
        _clock(m + g.rng.randrange(20, 90)),
        "  DISPO: ",
        g.pick(("TRANSPORTED", "REFUSAL", "CANCELLED")),
        "\n",
    )


@T("chat_transcript")
def llm_messages_json(g: Gen, b: Builder) -> None:
    """A chat-completion request body: system prompt, the user's pasted personal details, the reply."""
    p, land = g.person(), g.person()
    a = address(g, p.loc)
    body: list = [
        '{\n  "model": "',
        g.pick(("gpt-4o-mini", "claude-3-haiku", "llama-3-70b-instruct")),
        '",\n  "temperature": ',
        g.pick(("0.2", "0.7", "1")),
        ',\n  "messages": [\n    {"role": "system", "content": '
        '"You are a helpful assistant that drafts formal letters."},\n',
        '    {"role": "user", "content": "',
        g.pick(
            (
                "Can you write a letter to my landlord ",
                "pls draft an email to my landlord ",
                "Write a complaint to ",
            )
        ),
        g.name(land, g.pick(("full", "last", "first"))),
        " about the ",
        g.pick(("mould in the bathroom", "broken heating", "deposit not returned")),
        ". My details: ",
        g.name(p, "full"),
        ", ",
    ]
    b(*body)
    b(a.street, ", ", a.city, " ", a.zip, ", phone ", _jent(g.phone(p.loc)), ", email ", g.email(p))
    if g.chance(0.4):
        b(". Tenancy started ", g.date(), ", deposit ref ", g.ref(text=g.fill("DPS-#######")))
    b('."},\n')
    b(
        '    {"role": "assistant", "content": "Dear ',
        g.name(land, g.pick(("full", "last"))),
        ",\\n\\nI am writing regarding the property at ",
    )
    b(
        a.street,
        ". ",
        g.pick(("Since ", "As of ")),
        g.date(style="d Month"),
        " the issue has not been addressed...\\n\\nYours sincerely,\\n",
    )
    b(g.name(p, "full"), '"}\n  ]\n}\n')


@T("chat_transcript")
def livestream_chat(g: Gen, b: Builder) -> None:
    """A livestream chat replay: handles, badges, donations read out, a moderator deleting a dox."""
    streamer, viewers = g.person(), [g.person() for _ in range(5)]
    handles = []
    for v in viewers:
        first = ascii_fold(v.first).lower().replace(" ", "")
        h = g.pick(
            (
                f"{first}{g.digits(2)}",
                f"xX{first}Xx",
                f"{first}_{ascii_fold(v.last).lower().replace(' ', '')[:4]}",
                f"the_real_{first}",
            )
        )
        handles.append(ent(h, "PERSON"))
    ts = _times(g, 10, 0, 180)
    lines = [
        (0, ("first!!",)),
        (1, ("hey ", g.name(streamer, "first_lower"), " love the stream")),
        (2, ("is this ranked?",)),
        (3, ("lol ", handles[0], " again")),
        (
            None,
            (
                "[",
                handles[1],
                " donated $",
                str(g.rng.randrange(2, 50)),
                '.00] "say hi to my brother ',
                g.name(g.person(), "first"),
                '"',
            ),
        ),
        (4, ("yo i know where u live ", lower(address(g, streamer.loc).street), " haha")),
        (None, ("<message deleted by a moderator>",)),
        (2, ("giveaway winner dm me at ", g.email(viewers[2]), " pls")),
        (None, (handles[3], " has been timed out for 600 seconds")),
        (1, ("gg",)),
    ]
    b(
        g.pick(("Chat replay", "Twitch chat log", "YouTube live chat")),
        " — ",
        g.date(style="Mon d, yyyy"),
        "\n",
    )
    for (who, words), t in zip(lines, ts, strict=False):
        stamp = f"[{t // 60}:{t % 60:02d}:{g.rng.randrange(60):02d}] "
        if who is None:
            b(stamp, "* ", words, "\n")
        else:
            badge = g.pick(("", "", "[SUB] ", "[MOD] ", "[VIP] "))
            b(stamp, badge, handles[who], ": ", words, "\n")


@T("chat_transcript")
def slack_json_export(g: Gen, b: Builder) -> None:
    """A Slack workspace export (one channel-day JSON file) with user profiles embedded."""
    ppl = [g.person() for _ in range(3)]
    uids = [g.fill("U0@@#@#@@#") for _ in ppl]
    shown = [g.name(p, g.pick(("first_lower", "first", "full"))) for p in ppl]
    team = g.fill("T0@#@@#@#")
    contractor = g.person()
    d = g.day()
    epoch = int((date(d.year, d.month, d.day) - date(1970, 1, 1)).total_seconds()) + g.rng.randrange(
        28000, 60000
    )
    msgs = [
        (0, ("can someone add ", "<@", uids[1], "> to the vendor call?")),
        (
            1,
            (
                "sure. also the new contractor is ",
                g.name(contractor, "full"),
                ", email ",
                g.email(contractor),
            ),
        ),
        (
            2,
            (
                "fyi customer ",
                g.name(g.person(), "full"),
                " called again from ",
                g.phone(),
                ", wants a callback",
            ),
        ),
        (0, ("their shipping addr changed to ", one_line(address(g, g.locale)))),
        (1, ("ok updated in CRM :white_check_mark:",)),
    ]
    b("[\n")
    for i, (who, words) in enumerate(msgs):
        p = ppl[who]
        epoch += g.rng.randrange(20, 900)
        b('    {\n        "user": "', uids[who], '",\n        "type": "message",\n')
        b('        "ts": "', str(epoch), f'.{g.digits(6)}",\n')
        b('        "user_profile": {\n            "real_name": "', _jent(g.name(p, "full")), '",\n')
        b('            "display_name": "', _jent(shown[who]), '",\n')
        b('            "team": "', team, '"\n        },\n')
        rendered = [_jent(w) if isinstance(w, Ent) else _json(w) if isinstance(w, str) else w for w in words]
        b('        "text": "', *rendered, '"\n    }', "," if i < len(msgs) - 1 else "", "\n")
    b("]\n")


# ---------------------------------------------------------------- HR


@T("hr_record")
def bank_details_change_form(g: Gen, b: Builder) -> None:
    """A payroll bank-detail change form with the anti-fraud call-back log underneath."""
    emp, pay, mgr = g.person(), g.person(), g.person()
    org = g.org(emp.loc)
    uk = emp.loc == "en_GB"
    b(
        upper(org),
        "\n",
        g.pick(
            (
                "PAYROLL – CHANGE OF BANK DETAILS",
                "Payroll: bank account change request",
                "Form P-07 Bank details",
            )
        ),
        "\n\n",
    )
    b(
        "Employee name: ",
        g.name(emp, g.pick(("full", "LAST_FIRST"))),
        "\nEmployee no.: ",
        g.ident("employee"),
        "\n",
    )
    b("Department: ", g.pick(vocab.DEPARTMENTS), "    Work e-mail: ", _mail_of(g, emp, org), "\n\n")
    b("OLD account (last 4 digits only): ****", g.ref(text=g.digits(4)), "\n\nNEW account\n")
    b("  Account holder: ", g.name(emp, g.pick(("full", "UPPER"))), "\n")
    b(
        "  Bank: ",
        g.pick(("Barclays", "HSBC", "Deutsche Bank", "ING", "BNP Paribas", "Santander", "Nordea")),
        "\n",
    )
    if uk and g.chance(0.6):
        b(
            "  Sort code: ",
            g.ref(text=g.fill("##-##-##")),
            "    Account no.: ",
            ent(g.fill("########"), "ID"),
            "\n",
        )
    else:
        b(
            "  IBAN: ",
            g.iban(emp.loc),
            "\n  BIC: ",
            g.ref(text=g.fill("@@@@@@@@") + g.pick(("", "XXX"))),
            "\n",
        )
    b("  Effective from payroll: ", g.pick(MONTHS_SHORT), " ", str(g.rng.randrange(2019, 2026)), "\n\n")
    b("Signed: ", g.name(emp, "full"), "    Date: ", g.date(style=g.pick(("dd/mm/yyyy", "iso"))), "\n\n")
    b("--- PAYROLL USE ONLY ---\n")
    b(
        "Request received by e-mail from ",
        g.email(emp) if g.chance(0.5) else _mail_of(g, emp, org),
        ". Call-back made to number on file ",
        g.phone(emp.loc, ext=0),
        " (NOT the number in the e-mail) on ",
        g.date(style="dd/mm/yyyy"),
        "; employee confirmed",
        g.pick((" the change.", " — genuine.", ".")),
    )
    if g.chance(0.4):
        b(" Line manager ", g.name(mgr, "full"), " informed.")
    b("\n")
    b("Processed by: ", g.name(pay, "initial"), "    Checked: ", g.pick(("2nd approver", "Y", "✓")), "\n")


MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@T("hr_record")
def fcra_screening_report(g: Gen, b: Builder) -> None:
    """A pre-employment background screening report: identity, address history, searches."""
    p = g.person("en_US")
    org = g.org("en_US")
    agency = g.pick(("Sterling", "HireRight", "Checkr", "First Advantage", "GoodHire"))
    b(
        agency.upper(),
        " — CONSUMER REPORT (FCRA)\n",
        "Report ID: ",
        g.ref(text=g.fill("@@-#########")),
        "   Ordered by: ",
        org,
        "\n",
    )
    b(
        "Package: ",
        g.pick(("Standard + MVR", "Executive", "Basic Criminal")),
        "   Completed: ",
        g.date(style="mm/dd/yyyy"),
        "\n\n",
    )
    b("CANDIDATE\n  Name: ", g.name(p, g.pick(("UPPER", "LAST_FIRST"))), "\n")
    if g.chance(0.5):
        other = g.person("en_US", p.female)
        b(
            "  AKA: ",
            ent(f"{p.first} {other.last}".upper(), "PERSON"),
            g.pick(("  (maiden name)", "  (prior married name)", "")),
            "\n",
        )
    b(
        "  SSN: ",
        g.ident("ssn") if g.chance(0.5) else ("XXX-XX-", g.ref(text=g.digits(4))),
        "    DOB: ",
        _dob(g, "mm/dd/yyyy"),
        "\n",
    )
    b("  DL: ", g.ident("licence"), " (", address(g, "en_US").region, ")\n\n")
    b("ADDRESS HISTORY (SSN trace)\n")
    y1 = 2024
    for i in range(g.rng.randrange(2, 4)):
        a = address(g, "en_US")
        y0 = y1 - g.rng.randrange(1, 7)
        b(f"  {i + 1}. ", upper(one_line(a)), f"   {g.rng.randrange(1, 13):02d}/{y0} – ")
        b("present" if i == 0 else f"{g.rng.randrange(1, 13):02d}/{y1}", "\n")
        y1 = y0
    b("\nSEARCHES\n")
    for county in g.rng.sample(
        (
            "Cook County, IL",
            "Travis County, TX",
            "Maricopa County, AZ",
            "Franklin County, OH",
            "King County, WA",
        ),
        2,
    ):
        b(f"  County criminal — {county}: ", g.pick(("CLEAR", "CLEAR", "RECORD FOUND — see detail")), "\n")
    b("  National sex offender registry: CLEAR\n  Federal criminal: CLEAR\n")
    ref = g.person("en_US")
    b("  Employment verification — ", g.org("en_US"), ": VERIFIED, ", g.pick(vocab.JOB_TITLES), ", contact ")
    b(g.name(ref, "full"), " ", g.phone("en_US"), "\n\n")
    b("This report was prepared for employment purposes. The candidate may dispute its accuracy by calling ")
    b(g.fill("1-8##-###-####"), ".\n")


@T("hr_record")
def sick_leave_record(g: Gen, b: Builder) -> None:
    """An absence record: spells of sickness, fit notes, return-to-work interview notes."""
    emp, mgr, oh = g.person(), g.person(), g.person()
    org = g.org(emp.loc)
    b(org, " — Absence record\n", "Employee: ", g.name(emp, g.pick(("full", "LAST_FIRST"))))
    b("   ID ", g.ident("employee"), "   Manager: ", g.name(mgr, g.pick(("full", "initial"))), "\n\n")
    b(f"{'From':<12}{'To':<12}{'Days':<6}{'Reason':<26}Cert\n")
    start = g.day(2021, 2024)
    total, spells = 0, g.rng.randrange(3, 6)
    for _ in range(spells):
        n = g.rng.randrange(1, 12)
        total += n
        s = g.date(start, "dd/mm/yyyy")
        e = g.date(start + timedelta(days=n - 1), "dd/mm/yyyy")
        reason = g.pick(
            (
                "gastroenteritis",
                "back pain",
                "migraine",
                "COVID-19",
                "stress (work-related)",
                "post-op recovery",
                "flu",
            )
        )
        cert = g.pick(("self-cert", "fit note", "fit note (phased return)", "—"))
        b(s, " " * (12 - len(s.text)), e, " " * (12 - len(e.text)), f"{n:<6}{reason:<26}{cert}\n")
        start += timedelta(days=g.rng.randrange(20, 120))
    b(f"\nSpells: {spells}   Days: {total}   Bradford factor: {spells * spells * total}\n\n")
    b("Return-to-work interview (", g.date(style="d Month yyyy"), ", with ", g.name(mgr, "first"), "):\n")
    b(
        "  ",
        g.name(emp, "first"),
        g.pick(
            (
                " says the back pain is improving with physio",
                " reports migraines are better on new medication",
                " feels ready to return to full duties",
            )
        ),
        ". ",
        g.pick(
            (
                "Agreed phased return over 2 weeks.",
                "No adjustments needed.",
                "Referred to Occupational Health.",
            )
        ),
        "\n",
    )
    if g.chance(0.6):
        b(
            "  OH appointment booked with ",
            g.name(oh, "full"),
            " on ",
            g.date(),
            "; employee contact ",
            g.phone(emp.loc),
            ".\n",
        )
    b("  GP: Dr ", g.name(g.person(emp.loc), "last"), ", ", g.org(emp.loc), " Medical Practice\n")


@T("hr_record")
def exit_interview(g: Gen, b: Builder) -> None:
    """An exit interview form with forwarding details for final pay and tax documents."""
    emp, hr = g.person(), g.person()
    org = g.org(emp.loc)
    a = address(g, emp.loc)
    b("EXIT INTERVIEW — CONFIDENTIAL\n", org, "\n\n")
    b("Leaver: ", g.name(emp, "full"), "   Employee #", g.ident("employee"), "\n")
    b(
        "Role: ",
        g.pick(vocab.JOB_TITLES),
        "   Last working day: ",
        g.date(style=g.pick(("dd/mm/yyyy", "Month d, yyyy"))),
        "\n",
    )
    b("Interviewer: ", g.name(hr, g.pick(("full", "initial"))), " (HR)\n\n")
    qa = [
        (
            "1. What is your main reason for leaving?",
            g.pick(
                (
                    "Better pay elsewhere.",
                    "Relocating with my partner.",
                    "Lack of progression.",
                    "Caring responsibilities.",
                )
            ),
        ),
        (
            "2. How would you describe your relationship with your manager?",
            g.pick(("Good, supportive.", "Difficult at times.", "Fine, though we rarely met.")),
        ),
        ("3. Would you recommend us as an employer?", g.pick(("Yes", "Maybe", "Not at the moment"))),
        (
            "4. Anything we could have done to keep you?",
            g.pick(("Hybrid working.", "A clearer pay band.", "Honestly, no.", "Earlier promotion.")),
        ),
    ]
    for q, ans in qa:
        b(q, "\n   ", ans, "\n")
    b(
        "\nFORWARDING DETAILS (for final payslip and ",
        g.pick(("P45", "W-2", "Lohnsteuerbescheinigung", "certificat de travail")),
        ")\n",
    )
    b("   Address after leaving: ", one_line(a), "\n")
    b("   Personal e-mail: ", g.email(emp), "\n   Mobile: ", g.phone(emp.loc), "\n")
    b("   OK to contact for alumni network? ", g.pick(("Y", "N")), "\n\n")
    b(
        "Equipment returned: ",
        g.pick(("laptop, badge", "laptop, phone, badge", "badge only — laptop to follow")),
        "\n",
    )
    b("Signed ", g.name(emp, g.pick(("full", "initial"))), "  /  ", g.name(hr, "full"), "\n")


@T("hr_record")
def org_chart_csv(g: Gen, b: Builder) -> None:
    """An org-chart export from an HRIS as CSV, with manager links and personal columns."""
    org = g.org()
    dom = g.domain_of(org)
    n = g.rng.randrange(5, 9)
    ppl = [g.person() for _ in range(n)]
    ids_ = [g.ident("employee") for _ in ppl]
    cols = [
        "employee_id",
        "full_name",
        "job_title",
        "manager_id",
        "email",
        "work_phone",
        "office",
        "hire_date",
    ]
    extra = g.chance(0.5)
    if extra:
        cols += ["birth_date", "home_postcode"]
    b("# ", org, " org chart export ", g.date(style="iso"), "\n", ",".join(cols), "\n")
    for i, p in enumerate(ppl):
        mgr = "" if i == 0 else ids_[g.rng.randrange(0, i)]
        name = g.name(p, g.pick(("full", "full", "last_first")))
        quoted = "," in name.text
        row = [
            ids_[i],
            ('"', name, '"') if quoted else name,
            g.pick(vocab.JOB_TITLES) if i else "Chief Executive Officer",
            mgr,
            ent(f"{_slug(p)}@{dom}", "EMAIL_ADDRESS"),
            g.phone(p.loc, ext=0.3),
            address(g, p.loc).city,
            g.date(style="iso"),
        ]
        if extra:
            row += [_dob(g, "iso"), address(g, p.loc).zip]
        out: list = []
        for j, cell in enumerate(row):
            out += [","] * bool(j) + [cell]
        b(*out, "\n")


@T("hr_record")
def lebenslauf(g: Gen, b: Builder) -> None:
    """A German tabular CV (Lebenslauf) with personal data, career table, place and date signature."""
    p = g.person("de_DE")
    a = address(g, "de_DE")
    born = _dob_day(g)
    birthplace = address(g, "de_DE").city
    b(g.pick(("LEBENSLAUF", "Lebenslauf", "Tabellarischer Lebenslauf")), "\n\n")
    b("Persönliche Daten\n")
    b(f"{'Name:':<22}", g.name(p, "full"), "\n")
    b(f"{'Anschrift:':<22}", a.street, ", ", a.zip, " ", a.city, "\n")
    b(f"{'Telefon:':<22}", g.phone("de_DE"), "\n")
    b(f"{'E-Mail:':<22}", g.email(p), "\n")
    b(f"{'Geburtsdatum/-ort:':<22}", _dob(g, "dd.mm.yyyy", born), " in ", birthplace, "\n")
    b(f"{'Familienstand:':<22}", g.pick(("ledig", "verheiratet, 2 Kinder", "verheiratet")), "\n")
    b(f"{'Staatsangehörigkeit:':<22}", g.pick(("deutsch", "deutsch, österreichisch", "italienisch")), "\n\n")
    b("Beruflicher Werdegang\n")
    y = g.rng.randrange(2008, 2016)
    for i in range(g.rng.randrange(2, 4)):
        m0 = g.rng.randrange(1, 13)
        span = (
            f"seit {m0:02d}/{y}"
            if i == 0
            else f"{m0:02d}/{y} – {g.rng.randrange(1, 13):02d}/{y + g.rng.randrange(1, 4)}"
        )
        b(
            f"{span:<22}",
            g.pick(
                (
                    "Sachbearbeiterin",
                    "Projektleiter",
                    "Softwareentwickler",
                    "Teamleitung Vertrieb",
                    "Buchhalterin",
                )
            ),
        )
        b(", ", g.org("de_DE"), ", ", address(g, "de_DE").city, "\n")
        y -= g.rng.randrange(2, 5)
    b("\nAusbildung\n")
    b(
        f"{str(y - 4) + ' – ' + str(y):<22}",
        g.pick(("Studium BWL", "B.Sc. Informatik", "Ausbildung zur Industriekauffrau")),
        ", ",
    )
    b(g.pick(("Universität Mannheim", "TU Dresden", "IHK Köln", "Hochschule München")), "\n")
    b(f"{'':<22}Abschlussnote {g.pick(('1,3', '1,7', '2,0', '2,3'))}\n\n")
    b(
        "Kenntnisse\n",
        f"{'Sprachen:':<22}Deutsch (Muttersprache), Englisch (C1), ",
        g.pick(("Französisch (B1)", "Spanisch (A2)", "Polnisch (B2)")),
        "\n",
    )
    b(f"{'EDV:':<22}", ", ".join(g.rng.sample(vocab.SKILLS, 3)), "\n\n")
    b(a.city, ", den ", g.date(style="dd.mm.yyyy"), "\n\n", g.name(p, "full"), "\n")


@T("hr_record")
def cv_europeen_fr(g: Gen, b: Builder) -> None:
    """A CV in the European (Europass) layout, in French, with the labelled personal block."""
    p = g.person(g.pick(("fr_FR", "fr_FR", "it_IT", "es_ES", "pl_PL")))
    a = address(g, p.loc)
    b("CURRICULUM VITAE EUROPÉEN\n\n", "INFORMATIONS PERSONNELLES\n")
    b(f"{'Nom / Prénom':<26}", ent(p.last.upper(), "PERSON"), " ", ent(p.first, "PERSON"), "\n")
    b(f"{'Adresse':<26}", one_line(a), "\n")
    b(f"{'Téléphone':<26}", g.phone(p.loc))
    if g.chance(0.4):
        b("    Portable : ", g.phone(p.loc, ext=0))
    b("\n")
    b(f"{'Courriel':<26}", g.email(p), "\n")
    b(f"{'Nationalité':<26}", address(g, p.loc).country, "\n")
    b(f"{'Date de naissance':<26}", _dob(g, g.pick(("dd/mm/yyyy", "d Month yyyy"))), "\n")
    b(f"{'Sexe':<26}", "Féminin" if p.female else "Masculin", "\n\n")
    b("EXPÉRIENCE PROFESSIONNELLE\n")
    y = g.rng.randrange(2012, 2021)
    for _ in range(2):
        b(f"{'Dates':<26}{y} – {y + g.rng.randrange(1, 4)}\n")
        b(f"{'Nom et adresse de l’employeur':<26}  ", g.org(p.loc), ", ", one_line(address(g, p.loc)), "\n")
        b(
            f"{'Fonction ou poste occupé':<26}",
            g.pick(("Chargée de clientèle", "Ingénieur méthodes", "Comptable", "Chef de projet")),
            "\n",
        )
        b(
            f"{'Principales activités':<26}",
            g.pick(
                ("gestion d’un portefeuille de 80 clients", "amélioration continue", "clôtures mensuelles")
            ),
            "\n\n",
        )
        y -= g.rng.randrange(3, 6)
    b(
        "ÉDUCATION ET FORMATION\n",
        f"{'Dates':<26}{y - 3} – {y}\n",
        f"{'Diplôme':<26}",
        g.pick(vocab.DEGREES),
        "\n\n",
    )
    b(
        "APTITUDES ET COMPÉTENCES PERSONNELLES\n",
        f"{'Langue maternelle':<26}",
        {"fr_FR": "français", "it_IT": "italien", "es_ES": "espagnol", "pl_PL": "polonais"}[p.loc],
        "\n",
    )
    b(f"{'Permis de conduire':<26}B\n")
    if g.chance(0.5):
        b(f"{'Références':<26}", g.name(g.person(p.loc), "full"), ", ", g.phone(p.loc), "\n")


@T("hr_record")
def profile_scrape(g: Gen, b: Builder) -> None:
    """Text a recruiter's tool scraped from a professional-network profile, with contact info panel."""
    p = g.person()
    a = address(g, p.loc)
    org = g.org(p.loc)
    b(g.name(p, "full"), g.pick(("", " (She/Her)" if p.female else " (He/Him)", " · 2nd")), "\n")
    b(
        g.pick(vocab.JOB_TITLES),
        " at ",
        org,
        g.pick((" | ex-", " • ")),
        g.org(p.loc) if g.chance(0.5) else "",
        "\n",
    )
    b(a.city, ", ", a.country, " · ", str(g.rng.randrange(50, 500)), "+ connections\n\n")
    b("Contact info\n  Profile: ", g.url(p), "\n")
    if g.chance(0.7):
        b("  Email: ", g.email(p), "\n")
    if g.chance(0.5):
        b("  Phone: ", g.phone(p.loc), g.pick((" (Mobile)", " (Work)", "")), "\n")
    if g.chance(0.4):
        b("  Birthday: ", g.date(_dob_day(g), g.pick(("Month d", "d Month")), dob=True), "\n")
    b(
        "\nAbout\n",
        g.pick(("Passionate about ", "10+ years in ", "Helping teams with ")),
        ", ".join(g.rng.sample(vocab.SKILLS, 2)),
    )
    b(". Open to ", g.pick(("new opportunities", "consulting", "remote roles")), ".\n\n")
    b("Experience\n")
    y = g.rng.randrange(2016, 2023)
    b(
        "  ",
        g.pick(vocab.JOB_TITLES),
        "\n  ",
        org,
        " · Full-time\n  ",
        str(y),
        " – Present\n  ",
        a.city,
        g.pick((" · Hybrid", " · On-site", "")),
        "\n",
    )
    y2 = y - g.rng.randrange(2, 6)
    b("  ", g.pick(vocab.JOB_TITLES), "\n  ", g.org(p.loc), "\n  ", str(y2), " – ", str(y), "\n\n")
    b("Education\n  ", g.pick(vocab.DEGREES), " · ", str(y2 - 4), " – ", str(y2), "\n\n")
    b('Recommendations\n  "', g.name(p, "first"), ' is the colleague you want on a difficult project." — ')
    b(g.name(g.person(p.loc), "full"), "\n")


# ---------------------------------------------------------------- forms and invoices


def _money(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi)}.{g.rng.randrange(100):02d}"


@T("form_invoice")
def telecom_bill(g: Gen, b: Builder) -> None:
    """A mobile/broadband bill: account holder, lines on the account, itemised calls to numbers."""
    p, other = g.person(), g.person()
    a = address(g, p.loc)
    op = ent(
        g.pick(("Vodafone", "Telekom", "Orange", "Verizon", "O2", "EE", "T-Mobile", "Telia")), "ORGANIZATION"
    )
    d = g.day()
    b(op, g.pick((" — Your bill", " BILL", " · Rechnung / Invoice")), "\n\n")
    b(g.name(p, g.pick(("UPPER", "full"))), "\n", block(a), "\n")
    b(
        "Account number: ",
        g.ident("account"),
        "\nBill date: ",
        g.date(d, "d Mon yyyy"),
        "   Invoice ",
        g.ref(text=g.fill("INV########")),
        "\n",
    )
    b(
        "Period: ",
        g.date(d - timedelta(days=30), "d Mon"),
        " – ",
        g.date(d - timedelta(days=1), "d Mon yyyy"),
        "\n\n",
    )
    b("YOUR LINES\n")
    lines_ = [(g.phone(p.loc, ext=0), g.name(p, "first")), (g.phone(p.loc, ext=0), g.name(other, "first"))]
    for num, who in lines_[: g.rng.randrange(1, 3)]:
        b(
            "  ",
            num,
            "  (",
            who,
            ")  ",
            g.pick(("Unlimited 5G", "Red 50GB", "SIM only 12GB", "Family add-on")),
            f"   {_money(g, 8, 60)}\n",
        )
    b("  Broadband ", g.pick(("Fibre 500", "VDSL 100", "Full fibre 900")), f"   {_money(g, 20, 70)}\n\n")
    b("ITEMISED CALLS (charged)\n", f"{'Date':<10}{'Time':<7}{'Number':<20}{'Dur':<7}Cost\n")
    for _ in range(g.rng.randrange(3, 6)):
        num = g.phone(g.pick((p.loc, p.loc, "de_DE", "pl_PL", "fr_FR")), ext=0)
        dt = g.date(d - timedelta(days=g.rng.randrange(2, 30)), "d Mon")
        b(dt, " " * (10 - len(dt.text)), f"{_hm(g, 7, 23):<7}", num, " " * max(1, 20 - len(num.text)))
        b(f"{g.rng.randrange(0, 40)}:{g.rng.randrange(60):02d}  {_money(g, 0, 9)}\n")
    b(f"\nTOTAL DUE {_money(g, 40, 180)}  — to be collected by Direct Debit from account ending ")
    b(
        g.ref(text=g.digits(4)),
        " on or after ",
        g.date(d + timedelta(days=g.rng.randrange(7, 15)), "d Mon yyyy"),
        ".\n",
    )


@T("form_invoice")
def swift_mt103(g: Gen, b: Builder) -> None:
    """A SWIFT MT103 customer credit transfer as a bank prints it for the customer's confirmation."""
    payer, payee = g.person(g.pick(("de_DE", "fr_FR", "nl_NL", "it_IT", "es_ES", "en_GB"))), g.person()
    pa, qa = address(g, payer.loc), address(g, payee.loc)
    d = g.day()
    cur = g.pick(("EUR", "USD", "GBP", "CHF"))
    amt = f"{g.rng.randrange(100, 90000)},{g.rng.randrange(100):02d}"
    bic1, bic2 = g.fill("@@@@DE@@XXX"), g.fill("@@@@GB#@")
    b(
        g.pick(
            ("Payment confirmation / Zahlungsbestätigung", "Confirmation of outgoing transfer", "MT103 copy")
        ),
        "\n\n",
    )
    b("{1:F01", g.ref(text=bic1), g.fill("##########"), "}{2:I103", g.ref(text=bic2 + "XXXX"), "N}{4:\n")
    b(":20:", g.ref(text=g.fill("FT2#######@@@")), "\n:23B:CRED\n")
    b(":32A:", ent(f"{d:%y%m%d}", "DATE"), cur, amt, "\n")
    b(":50K:/", ent(g.iban(payer.loc).text.replace(" ", ""), "IBAN_CODE"), "\n")
    b(upper(g.name(payer, "full")), "\n", upper(pa.street), "\n", upper(pa.zip), " ", upper(pa.city), "\n")
    b(":52A:", g.ref(text=bic1), "\n:57A:", g.ref(text=bic2), "\n")
    b(
        ":59:/",
        ent(g.iban(g.pick(("en_GB", "de_DE", "fr_FR", "pl_PL"))).text.replace(" ", ""), "IBAN_CODE"),
        "\n",
    )
    b(upper(g.name(payee, "full")), "\n", upper(qa.street), "\n", upper(qa.city), " ", upper(qa.zip), "\n")
    b(
        ":70:",
        g.pick(("INV ", "RENT ", "TUITION ", "/RFB/")),
        g.ref(text=g.fill("######")),
        " ",
        g.pick(("DEPOSIT", "MAY", "SCHOOL FEES", "")),
        "\n",
    )
    b(":71A:", g.pick(("SHA", "OUR", "BEN")), "\n-}\n\n")
    b("Value date: ", g.date(d, "dd.mm.yyyy"), "   Charges: ", _money(g, 5, 40), " ", cur, "\n")
    b("Ordered via online banking from IP ", g.ip(), " by ", g.name(payer, "full"), ".\n")


@T("form_invoice")
def rental_car_contract(g: Gen, b: Builder) -> None:
    """A car rental agreement: renter and additional driver, licences, card pre-authorisation."""
    p, add = g.person(), g.person()
    a = address(g, p.loc)
    brand = g.pick(("Hertz", "Avis", "Europcar", "Sixt", "Enterprise", "Budget"))
    out_day = g.day()
    days = g.rng.randrange(2, 15)
    branch = g.pick(
        (
            "Dublin Airport T2",
            "Málaga Airport",
            "London Heathrow",
            "München Hbf",
            "Lisbon Airport",
            "Denver Intl",
        )
    )
    b(
        brand.upper(),
        " RENTAL AGREEMENT   RA# ",
        g.ref(text=g.fill("#########")),
        "\n",
        "Pick-up: ",
        branch,
        "  ",
    )
    b(
        g.date(out_day, "dd/mm/yyyy"),
        " ",
        _hm(g, 6, 22),
        "\nReturn:  ",
        branch,
        "  ",
        g.date(out_day + timedelta(days=days), "dd/mm/yyyy"),
        " ",
        _hm(g, 6, 22),
        "\n\n",
    )
    b(
        "RENTER\n  ",
        g.name(p, g.pick(("LAST_FIRST", "UPPER", "full"))),
        "\n  ",
        one_line(a, country=True),
        "\n",
    )
    b("  DOB ", _dob(g, "dd/mm/yyyy"), "   Mobile ", g.phone(p.loc), "\n  Email ", g.email(p), "\n")
    b(
        "  Licence ",
        g.ident("licence"),
        "  issued ",
        a.country,
        "  exp ",
        g.date(g.day(2025, 2032), "dd/mm/yyyy"),
        "\n",
    )
    if g.chance(0.5):
        b("  Flight ", g.fill(g.pick(("FR ####", "EI ###", "BA ###", "LH ####"))), "\n")
    if g.chance(0.5):
        b(
            "\nADDITIONAL DRIVER\n  ",
            g.name(add, "full"),
            "   DOB ",
            _dob(g, "dd/mm/yyyy"),
            "   Licence ",
            g.ident("licence"),
            "\n",
        )
    b(
        "\nVEHICLE  ",
        g.pick(("VW Golf", "Toyota Yaris", "Ford Focus Estate", "Škoda Octavia", "Fiat 500")),
        " or similar, reg ",
    )
    b(g.ref("vehicle"), ", fuel full/full, mileage out ", str(g.rng.randrange(2000, 60000)), "\n\n")
    b(f"Rate: {days} days x {_money(g, 20, 90)}   CDW: {g.pick(('declined', 'accepted', 'super cover'))}\n")
    b(
        "Pre-authorisation ",
        _money(g, 300, 1500),
        " on card ",
        g.card(),
        "  exp ",
        f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(25, 31)}",
        "\n\n",
    )
    b("I have read and agree to the terms overleaf.   Signed: ", g.name(p, g.pick(("full", "initial"))), "\n")


@T("form_invoice")
def penalty_charge_notice(g: Gen, b: Builder) -> None:
    """A parking penalty charge notice sent to the registered keeper."""
    p = g.person("en_GB")
    a = address(g, p.loc)
    council = ent(f"{address(g, p.loc).city.text} City Council", "ORGANIZATION")
    d = g.day()
    b(upper(council), "\nParking Services, ", g.fill("PO Box ####"), "\n\n")
    b(upper(g.name(p, "full")), "\n", block(a, caps_city=True), "\n")
    b("PENALTY CHARGE NOTICE\nPCN number: ", g.ref(text=g.fill("@@########")), "\n")
    b("Date of notice: ", g.date(d + timedelta(days=g.rng.randrange(14, 30)), "d Month yyyy"), "\n\n")
    b(
        "Vehicle registration: ",
        g.ident("vehicle"),
        "   Make: ",
        g.pick(("Ford", "Vauxhall", "Toyota", "Nissan", "BMW")),
        "\n",
    )
    b(
        "Contravention: ",
        g.pick(
            (
                "01 Parked in a restricted street",
                "12 Parked in a residents' bay without a permit",
                "30 Parked longer than permitted",
            )
        ),
        "\n",
    )
    b(
        "Location: ",
        g.pick(("outside ", "opposite ")),
        ent(f"{g.rng.randrange(1, 200)} {g.fake(p.loc).street_name()}", "STREET_ADDRESS"),
        "\n",
    )
    b(
        "Date and time: ",
        g.date(d, "dd/mm/yyyy"),
        " at ",
        _hm(g, 7, 20),
        "   Officer ",
        g.fill("CEO ###"),
        "\n\n",
    )
    b(
        f"Amount: £{g.pick(('70', '50', '110'))}.00 — reduced by 50% if paid within 14 days.\n"
        "You are the registered keeper of the vehicle according to DVLA records. Pay or challenge online at ",
    )
    b(ent(f"https://www.{council.text.split()[0].lower()}.gov.uk/pcn?ref={g.digits(8)}", "URL"), " or call ")
    b(g.phone(p.loc, ext=0), ".\n")


@T("form_invoice")
def hotel_folio(g: Gen, b: Builder) -> None:
    """A hotel guest folio with itemised charges and the settlement."""
    p = g.person()
    a = address(g, p.loc)
    arr = g.day()
    nights = g.rng.randrange(1, 6)
    hotel = ent(
        g.pick(
            (
                "Hotel Adlon",
                "Grand Hotel Central",
                "Radisson Blu",
                "Novotel City",
                "The Merrion",
                "Hilton Garden Inn",
            )
        ),
        "ORGANIZATION",
    )
    b(
        upper(hotel) if g.chance(0.5) else hotel,
        "\nGUEST FOLIO",
        g.pick(("", " / RECHNUNG", " / FACTURE")),
        "\n\n",
    )
    b(
        "Guest: ",
        g.name(p, g.pick(("LAST_FIRST", "full"))),
        "\n",
        "Address: ",
        one_line(a, country=True),
        "\n",
    )
    if g.chance(0.5):
        b("Company: ", g.org(p.loc), "   VAT ID: ", g.ref(text=g.fill("@@#########")), "\n")
    b(
        "Room ",
        str(g.rng.randrange(101, 980)),
        "   Arrival ",
        g.date(arr, "dd.mm.yy"),
        "   Departure ",
        g.date(arr + timedelta(days=nights), "dd.mm.yy"),
        "\n",
    )
    b("Loyalty no. ", g.ident("member"), "   Conf. ", g.ref(text=g.fill("#########")), "\n\n")
    b(f"{'Date':<10}{'Description':<30}{'Amount':>10}\n")
    for k in range(nights):
        dt = g.date(arr + timedelta(days=k), "dd.mm.yy")
        b(dt, " " * (10 - len(dt.text)), f"{'Accommodation':<30}{_money(g, 90, 300):>10}\n")
        if g.chance(0.5):
            b(
                dt,
                " " * (10 - len(dt.text)),
                f"{g.pick(('Restaurant', 'Minibar', 'Room service', 'Parking')):<30}{_money(g, 5, 80):>10}\n",
            )
    b(f"{'':<10}{'City tax':<30}{_money(g, 2, 20):>10}\n\n")
    b(
        "Settled by ",
        g.pick(("VISA", "Mastercard", "AMEX")),
        " xxxx",
        g.ref(text=g.digits(4)),
        "   Auth ",
        g.ref(text=g.fill("######")),
        "\n",
    )
    b("Thank you for staying with us, ", g.title(p), g.name(p, "last"), ".\n")


@T("form_invoice")
def customs_cn23(g: Gen, b: Builder) -> None:
    """A CN23 customs declaration for a parcel: sender, addressee, contents with HS codes."""
    s = g.person()
    dest = [x for x in ("en_US", "en_CA", "en_AU", "de_DE", "pl_PL", "pt_BR", "en_GB") if x != s.loc]
    r = g.person(g.pick(dest))
    sa, ra = address(g, s.loc), address(g, r.loc)
    b(
        "CUSTOMS DECLARATION  CN 23   ",
        g.pick(("Royal Mail", "Deutsche Post", "La Poste", "USPS", "PostNL")),
        "\n",
    )
    b("Item no. ", g.ref(text=g.fill("@@#########@@")), "\n\n")
    b(
        "From  Name: ",
        g.name(s, g.pick(("full", "UPPER"))),
        "\n      Business: ",
        g.org(s.loc) if g.chance(0.3) else "—",
        "\n",
    )
    b(
        "      Street: ",
        sa.street,
        "\n      Postcode: ",
        sa.zip,
        "   City: ",
        sa.city,
        "\n      Country: ",
        sa.country,
        "\n",
    )
    if g.chance(0.5):
        b("      Sender's customs ref (EORI): ", g.ident("tax"), "\n")
    b("      Tel: ", g.phone(s.loc, ext=0), "\n\n")
    b("To    Name: ", g.name(r, g.pick(("full", "UPPER"))), "\n      Street: ", ra.street, "\n")
    b("      Postcode: ", ra.zip, "   City: ", ra.city, "\n      Country: ", upper(ra.country), "\n")
    b("      Importer tel/e-mail: ", g.phone(r.loc, ext=0), " / ", g.email(r), "\n\n")
    b(f"{'Detailed description':<28}{'Qty':<5}{'Net kg':<8}{'Value':<9}{'HS tariff':<11}Origin\n")
    for _ in range(g.rng.randrange(1, 4)):
        item = g.pick(
            (
                ("Knitted wool jumper", "6110.11"),
                ("Paperback books", "4901.99"),
                ("Tea, black 500 g", "0902.30"),
                ("Phone case", "3926.90"),
                ("Ceramic mug", "6912.00"),
            )
        )
        b(
            f"{item[0]:<28}{g.rng.randrange(1, 5):<5}{g.rng.randrange(1, 30) / 10:<8.1f}"
            f"{_money(g, 5, 120):<9}{item[1]:<11}{s.loc[-2:]}\n"
        )
    b(
        "\nCategory: ",
        g.pick(("[X] Gift  [ ] Sale of goods", "[ ] Gift  [X] Sale of goods", "[X] Commercial sample")),
        "\n",
    )
    b("I certify that the particulars given in this declaration are correct.\n")
    b(
        "Date and sender's signature: ",
        g.date(style="dd/mm/yyyy"),
        "  ",
        g.name(s, g.pick(("initial", "full"))),
        "\n",
    )


@T("form_invoice")
def registration_markdown(g: Gen, b: Builder) -> None:
    """An event-registration export pasted as a markdown table, with payment status."""
    event = g.pick(
        (
            "Half Marathon 2024",
            "Python Meetup Workshop",
            "Charity Gala Dinner",
            "Trail Run 25K",
            "Board Games Weekend",
        )
    )
    b("## ", event, " — registrations export (", g.date(style="iso"), ")\n\n")
    rows = []
    for i in range(g.rng.randrange(4, 8)):
        p = g.person(g.locale if g.chance(0.6) else None)
        row = [
            str(i + 1),
            g.name(p, g.pick(("full", "full", "last_first"))),
            g.email(p),
            g.phone(p.loc, ext=0),
            _dob(g, "iso") if g.chance(0.8) else "",
            g.pick(("S", "M", "L", "XL")),
            g.pick(("paid", "paid", "pending", "refunded")),
        ]
        if g.chance(0.3):
            row[1] = (row[1], " (", g.pick(("team captain", "+1", "volunteer")), ")")
        rows.append(row)
    _table(b, ["#", "Name", "Email", "Phone", "DOB", "Shirt", "Payment"], rows, edge=True)
    b(
        "\nEmergency contacts are in the second tab. Numbers: ",
        str(len(rows)),
        " / ",
        str(g.rng.randrange(50, 300)),
        "\n",
    )


@T("form_invoice")
def tenancy_agreement(g: Gen, b: Builder) -> None:
    """The particulars page of a residential tenancy agreement, with rent bank details and witnesses."""
    land, ten, ten2, wit = g.person(), g.person(), g.person(), g.person()
    prop, la = address(g, ten.loc), address(g, land.loc)
    start = g.day()
    b(
        g.pick(
            (
                "ASSURED SHORTHOLD TENANCY AGREEMENT",
                "RESIDENTIAL TENANCY AGREEMENT",
                "Lease Agreement (Residential)",
            )
        ),
        "\n\n",
    )
    b(
        "This agreement is made on ",
        g.date(start - timedelta(days=g.rng.randrange(5, 30)), "d Month yyyy"),
        " between:\n\n",
    )
    b("THE LANDLORD: ", g.name(land, "full"), " of ", one_line(la), "\n")
    b("THE TENANT(S): ", g.name(ten, "full"))
    if g.chance(0.5):
        b(" and ", g.name(ten2, "full"))
    b("\n\nPROPERTY: ", one_line(prop), "\n")
    b("TERM: ", str(g.pick((6, 12, 12, 24))), " months commencing ", g.date(start, "d Month yyyy"), "\n")
    b(
        "RENT: ",
        _money(g, 600, 2600),
        " per calendar month, payable in advance on the ",
        g.pick(("1st", "5th", "15th", "28th", "last working day")),
        " of each month\n",
    )
    b(
        "DEPOSIT: ",
        _money(g, 600, 3000),
        " protected with ",
        g.pick(("the DPS", "TDS", "mydeposits")),
        " under ref ",
        g.ref(text=g.fill("DPS########")),
        "\n\n",
    )
    b("Rent is to be paid by standing order to:\n  Account name: ", g.name(land, "full"), "\n")
    if land.loc == "en_GB" or g.chance(0.3):
        b(
            "  Sort code: ",
            g.ref(text=g.fill("##-##-##")),
            "   Account: ",
            ent(g.fill("########"), "ID"),
            "\n",
        )
    else:
        b("  IBAN: ", g.iban(land.loc), "\n")
    b("\nThe tenant's contact details: ", g.phone(ten.loc), ", ", g.email(ten), "\n\n")
    b("SIGNED by the Landlord ................ ", g.name(land, g.pick(("full", "initial"))), "\n")
    b("SIGNED by the Tenant  ................ ", g.name(ten, g.pick(("full", "initial"))), "\n")
    if g.chance(0.6):
        b(
            "In the presence of (witness): ",
            g.name(wit, "full"),
            ", ",
            one_line(address(g, wit.loc)),
            ", ",
            g.pick(vocab.JOB_TITLES).lower(),
            "\n",
        )
