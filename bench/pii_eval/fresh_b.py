"""Fresh held-out templates, part b, written by an independent author who never saw the detector, its
tests or the other held-out splits. Never read these templates, tune on them, or run a detector against
them while developing one: they exist only to measure it afterwards.

Document styles: ambulance patient-care reports, HL7 v2 ADT feeds (raw and in an interface-engine log),
operative notes, pharmacist medication reconciliations, behavioural-health intake assessments and ward
falls incident reports; raw e-mail source with Received and X-Originating-IP headers, GDPR / DSGVO
subject-access requests, card-fraud reports to a bank, warranty and RMA requests with mobile
signatures, complaint letters to a chief executive with a dated timeline, and mailing-list digests;
deposition transcripts with page and line numbers, voicemail inbox transcriptions, 911 CAD incident
logs, AI-assistant conversation exports in JSON, police witness interview records and oral-history
interview transcripts; payroll change notices, background-check consumer reports, scraped
professional-network profiles, disciplinary hearing invitations, sickness-absence and fit-note
records and leaver checklists; utility bills, bank transfer advices and MT103 wire blocks, ticketing
CSV exports, car-hire agreements, gift-aid donor ledgers as markdown tables and parking penalty
notices; business-card (meishi) notes in Japanese and Korean script, exchange-student host-family
placements, alumni class-notes columns, holiday card address lists, journal-article author and
affiliation blocks, and international removal surveys, with names and addresses from Japan, Korea,
India, Türkiye, Greece and Mexico (values defined here) and the European and American locales of
places.py."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bench.pii_eval import filler, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, piece_text, upper
from bench.pii_eval.places import CITIES, COUNTRIES, address, block, lines, one_line
from bench.pii_eval.values import Gen, Person, ascii_fold, fmt_date

T = Registry()

# ---------------------------------------------------------------- local values (not in the shared generators)

# (romaji, kanji) pairs
_JA_SURNAMES = (
    ("Sato", "佐藤"),
    ("Suzuki", "鈴木"),
    ("Takahashi", "高橋"),
    ("Tanaka", "田中"),
    ("Ito", "伊藤"),
    ("Watanabe", "渡辺"),
    ("Yamamoto", "山本"),
    ("Nakamura", "中村"),
    ("Kobayashi", "小林"),
    ("Kato", "加藤"),
    ("Yoshida", "吉田"),
    ("Matsumoto", "松本"),
    ("Inoue", "井上"),
    ("Kimura", "木村"),
    ("Shimizu", "清水"),
    ("Mori", "森"),
)
_JA_FEMALE = (
    ("Hanako", "花子"),
    ("Yuki", "由紀"),
    ("Haruka", "遥"),
    ("Misaki", "美咲"),
    ("Naoko", "直子"),
    ("Ayumi", "歩美"),
    ("Keiko", "恵子"),
    ("Sakura", "さくら"),
    ("Mai", "麻衣"),
)
_JA_MALE = (
    ("Kenji", "健二"),
    ("Hiroshi", "浩"),
    ("Takumi", "拓海"),
    ("Daisuke", "大輔"),
    ("Shota", "翔太"),
    ("Ryo", "亮"),
    ("Koji", "浩二"),
    ("Makoto", "誠"),
    ("Tatsuya", "達也"),
)
# (romaji, hangul) pairs; Korean family names are written first and given names are one word in hangul
_KO_SURNAMES = (
    ("Kim", "김"),
    ("Lee", "이"),
    ("Park", "박"),
    ("Choi", "최"),
    ("Jung", "정"),
    ("Kang", "강"),
    ("Cho", "조"),
    ("Yoon", "윤"),
    ("Han", "한"),
    ("Lim", "임"),
    ("Oh", "오"),
    ("Song", "송"),
)
_KO_FEMALE = (
    ("Seo-yeon", "서연"),
    ("Ha-eun", "하은"),
    ("Ji-woo", "지우"),
    ("Soo-jin", "수진"),
    ("Eun-ji", "은지"),
    ("Min-ji", "민지"),
    ("Hye-won", "혜원"),
)
_KO_MALE = (
    ("Min-jun", "민준"),
    ("Ji-hoon", "지훈"),
    ("Do-hyun", "도현"),
    ("Hyun-woo", "현우"),
    ("Jae-won", "재원"),
    ("Sung-ho", "성호"),
    ("Young-soo", "영수"),
)
_IN_FEMALE = (
    "Priya",
    "Ananya",
    "Kavya",
    "Lakshmi",
    "Deepika",
    "Sneha",
    "Meenakshi",
    "Aishwarya",
    "Pooja",
    "Divya",
)
_IN_MALE = (
    "Arjun",
    "Rahul",
    "Venkatesh",
    "Siddharth",
    "Karthik",
    "Rohan",
    "Abhishek",
    "Sanjay",
    "Vikram",
    "Anand",
)
_IN_SURNAMES = (
    "Sharma",
    "Iyer",
    "Reddy",
    "Nair",
    "Patel",
    "Gupta",
    "Menon",
    "Krishnan",
    "Chatterjee",
    "Deshpande",
    "Kulkarni",
    "Banerjee",
    "Subramanian",
    "Joshi",
    "Pillai",
)
_TR_FEMALE = ("Elif", "Zeynep", "Ayşe", "Büşra", "Merve", "Gülşen", "Ebru", "Derya", "Özlem")
_TR_MALE = ("Mehmet", "Emre", "Burak", "Mustafa", "Oğuz", "Kaan", "Serkan", "Hakan", "Çağrı")
_TR_SURNAMES = (
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Aydın",
    "Öztürk",
    "Arslan",
    "Doğan",
    "Koç",
    "Kılıç",
)
_GR_FEMALE = ("Eleni", "Maria", "Katerina", "Sofia", "Georgia", "Dimitra", "Vasiliki", "Ioanna")
_GR_MALE = ("Giorgos", "Nikos", "Konstantinos", "Yannis", "Dimitris", "Christos", "Panagiotis", "Stavros")
# (male form, female form)
_GR_SURNAMES = (
    ("Papadopoulos", "Papadopoulou"),
    ("Georgiou", "Georgiou"),
    ("Nikolaidis", "Nikolaidou"),
    ("Oikonomou", "Oikonomou"),
    ("Vlachos", "Vlachou"),
    ("Karagiannis", "Karagianni"),
    ("Pappas", "Pappa"),
    ("Antonopoulos", "Antonopoulou"),
    ("Alexiou", "Alexiou"),
    ("Makris", "Makri"),
)
_MX_FEMALE = ("Guadalupe", "Ximena", "María Fernanda", "Daniela", "Sofía", "Valeria", "Itzel", "Mariana")
_MX_MALE = ("Juan Carlos", "Alejandro", "José Luis", "Diego", "Emiliano", "Jesús", "Fernando", "Rodrigo")
_MX_SURNAMES = (
    "Hernández",
    "López",
    "García",
    "Martínez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Flores",
    "Gutiérrez",
    "Mendoza",
    "Vázquez",
    "Castañeda",
    "Olvera",
)

# Japan: prefecture (romaji, kanji), city (romaji, kanji; "" for Tokyo's wards), ward (romaji, kanji),
# district (romaji, kanji), postcode
_JP_PLACES = (
    ("Tokyo", "東京都", "", "", "Chiyoda-ku", "千代田区", "Marunouchi", "丸の内", "100-0005"),
    ("Tokyo", "東京都", "", "", "Shibuya-ku", "渋谷区", "Jingumae", "神宮前", "150-0001"),
    ("Tokyo", "東京都", "", "", "Setagaya-ku", "世田谷区", "Sangenjaya", "三軒茶屋", "154-0024"),
    ("Tokyo", "東京都", "", "", "Minato-ku", "港区", "Shibaura", "芝浦", "108-0023"),
    ("Osaka", "大阪府", "Osaka-shi", "大阪市", "Kita-ku", "北区", "Umeda", "梅田", "530-0001"),
    (
        "Kanagawa",
        "神奈川県",
        "Yokohama-shi",
        "横浜市",
        "Naka-ku",
        "中区",
        "Yamashita-cho",
        "山下町",
        "231-0023",
    ),
    ("Kyoto", "京都府", "Kyoto-shi", "京都市", "Sakyo-ku", "左京区", "Tanaka", "田中", "606-8225"),
    ("Aichi", "愛知県", "Nagoya-shi", "名古屋市", "Naka-ku", "中区", "Sakae", "栄", "460-0008"),
    ("Fukuoka", "福岡県", "Fukuoka-shi", "福岡市", "Chuo-ku", "中央区", "Tenjin", "天神", "810-0001"),
)
_JP_BUILDINGS = (
    "Tokyo Bldg. 15F",
    "Sunrise Mansion 302",
    "Kowa Bldg. 4F",
    "Heights Aoyama 201",
    "Dai-ichi Bldg. 8F",
)
_JP_BUILDINGS_KANJI = (
    "東京ビル15階",
    "サンライズマンション302号",
    "興和ビル4F",
    "ハイツ青山201",
    "第一ビル8階",
)
# Korea: city (romaji, hangul), gu (romaji, hangul), road (romaji, hangul), postcode
_KR_PLACES = (
    ("Seoul", "서울특별시", "Gangnam-gu", "강남구", "Teheran-ro", "테헤란로", "06236"),
    ("Seoul", "서울특별시", "Mapo-gu", "마포구", "Yanghwa-ro", "양화로", "04038"),
    ("Seoul", "서울특별시", "Jongno-gu", "종로구", "Sejong-daero", "세종대로", "03172"),
    ("Seoul", "서울특별시", "Songpa-gu", "송파구", "Olympic-ro", "올림픽로", "05551"),
    ("Busan", "부산광역시", "Haeundae-gu", "해운대구", "Haeundaehaebyeon-ro", "해운대해변로", "48094"),
    ("Seongnam-si", "성남시", "Bundang-gu", "분당구", "Pangyoyeok-ro", "판교역로", "13529"),
    ("Daegu", "대구광역시", "Jung-gu", "중구", "Dongseong-ro", "동성로", "41911"),
    ("Incheon", "인천광역시", "Yeonsu-gu", "연수구", "Convensia-daero", "컨벤시아대로", "21998"),
)
# India: locality, city, state, first four digits of the PIN
_IN_PLACES = (
    ("Indiranagar", "Bengaluru", "Karnataka", "5600"),
    ("Koramangala", "Bengaluru", "Karnataka", "5600"),
    ("Andheri West", "Mumbai", "Maharashtra", "4000"),
    ("Kothrud", "Pune", "Maharashtra", "4110"),
    ("T. Nagar", "Chennai", "Tamil Nadu", "6000"),
    ("Salt Lake Sector V", "Kolkata", "West Bengal", "7000"),
    ("Banjara Hills", "Hyderabad", "Telangana", "5000"),
    ("Vasant Kunj", "New Delhi", "Delhi", "1100"),
    ("Kakkanad", "Kochi", "Kerala", "6820"),
    ("Navrangpura", "Ahmedabad", "Gujarat", "3800"),
)
_IN_BUILDINGS = (
    "Sai Residency",
    "Prestige Shantiniketan",
    "Lakshmi Nivas",
    "Sobha Daffodil",
    "Hiranandani Gardens",
    "Brigade Metropolis",
    "Shanti Kunj",
)
_IN_ROADS = (
    "14th Cross",
    "2nd Main Road",
    "100 Feet Road",
    "MG Road",
    "Link Road",
    "Nehru Street",
    "4th Avenue",
)
# Türkiye: neighbourhood, street, district, province, postcode
_TR_PLACES = (
    ("Caferağa Mah.", "Moda Cad.", "Kadıköy", "İstanbul", "34710"),
    ("Teşvikiye Mah.", "Vali Konağı Cad.", "Şişli", "İstanbul", "34365"),
    ("Cihangir Mah.", "Sıraselviler Cad.", "Beyoğlu", "İstanbul", "34433"),
    ("Kızılay Mah.", "Atatürk Blv.", "Çankaya", "Ankara", "06420"),
    ("Alsancak Mah.", "Kıbrıs Şehitleri Cad.", "Konak", "İzmir", "35220"),
    ("Liman Mah.", "Akdeniz Blv.", "Konyaaltı", "Antalya", "07130"),
    ("Fethiye Mah.", "İzmir Yolu Cad.", "Nilüfer", "Bursa", "16140"),
)
# Greece: street (latin, greek), town (latin, greek), postcode
_GR_PLACES = (
    ("Ermou", "Ερμού", "Athina", "Αθήνα", "105 63"),
    ("Vasilissis Sofias", "Βασιλίσσης Σοφίας", "Athina", "Αθήνα", "106 74"),
    ("Tsimiski", "Τσιμισκή", "Thessaloniki", "Θεσσαλονίκη", "546 23"),
    ("Maizonos", "Μαιζώνος", "Patra", "Πάτρα", "262 21"),
    ("25is Avgoustou", "25ης Αυγούστου", "Irakleio", "Ηράκλειο", "712 02"),
    ("Kifisias", "Κηφισίας", "Marousi", "Μαρούσι", "151 24"),
    ("Eleftheriou Venizelou", "Ελευθερίου Βενιζέλου", "Chania", "Χανιά", "731 32"),
)
# Mexico: street, colonia, alcaldía or municipio ("" outside the capital), city, state, CP
_MX_PLACES = (
    ("Av. Insurgentes Sur", "Col. Del Valle", "Benito Juárez", "Ciudad de México", "CDMX", "03100"),
    ("Calle Durango", "Col. Roma Norte", "Cuauhtémoc", "Ciudad de México", "CDMX", "06700"),
    ("Calle Francisco Sosa", "Col. Santa Catarina", "Coyoacán", "Ciudad de México", "CDMX", "04010"),
    ("Av. Chapultepec", "Col. Americana", "", "Guadalajara", "Jal.", "44160"),
    ("Calle Padre Mier", "Col. Centro", "", "Monterrey", "N.L.", "64000"),
    ("Av. Juárez", "Col. Centro Histórico", "", "Puebla", "Pue.", "72000"),
    ("Calle 60", "Col. Centro", "", "Mérida", "Yuc.", "97000"),
)
_WORLD_COUNTRIES = {
    "ja_JP": ("Japan", "JAPAN", "Japan"),
    "ko_KR": ("Republic of Korea", "South Korea", "KOREA"),
    "hi_IN": ("India", "INDIA", "India"),
    "tr_TR": ("Türkiye", "Turkey", "TURKEY"),
    "el_GR": ("Greece", "GREECE", "Hellas"),
    "es_MX": ("Mexico", "México", "MEXICO"),
}
_WORLD_PHONES = {
    "ja_JP": (
        "03-####-####",
        "090-####-####",
        "080-####-####",
        "+81 3-####-####",
        "+81 90-####-####",
        "06-####-####",
    ),
    "ko_KR": ("010-####-####", "02-###-####", "+82 10-####-####", "+82 2-###-####", "031-###-####"),
    "hi_IN": (
        "+91 9#### #####",
        "+91-9#########",
        "09#########",
        "080-#### ####",
        "+91 80 #### ####",
        "98### #####",
    ),
    "tr_TR": (
        "+90 532 ### ## ##",
        "0 (216) ### ## ##",
        "0532 ### ## ##",
        "+90 (312) ### ## ##",
        "05## ### ## ##",
    ),
    "el_GR": ("+30 210 ### ####", "210 #######", "69# ### ####", "+30 69# ### ####", "2310 ######"),
    "es_MX": (
        "+52 55 #### ####",
        "55 #### ####",
        "+52 1 55 #### ####",
        "(33) #### ####",
        "+52 (81) ####-####",
    ),
}
_WORLD_MAIL = {
    "ja_JP": ("docomo.ne.jp", "yahoo.co.jp", "gmail.com", "nifty.com", "ezweb.ne.jp"),
    "ko_KR": ("naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"),
    "hi_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "tr_TR": ("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"),
    "el_GR": ("gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"),
    "es_MX": ("gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.es"),
}
_WORLD = tuple(_WORLD_COUNTRIES)
# Institutions with their postal address: name, street, city, postcode, country, mail domain
_INSTITUTES = {
    "ja_JP": (
        (
            "Graduate School of Engineering, The University of Tokyo",
            "7-3-1 Hongo",
            "Bunkyo-ku, Tokyo",
            "113-8656",
            "Japan",
            "t.u-tokyo.ac.jp",
        ),
        (
            "Institute for Chemical Research, Kyoto University",
            "Gokasho",
            "Uji, Kyoto",
            "611-0011",
            "Japan",
            "scl.kyoto-u.ac.jp",
        ),
    ),
    "ko_KR": (
        (
            "Department of Materials Science, KAIST",
            "291 Daehak-ro",
            "Daejeon",
            "34141",
            "Republic of Korea",
            "kaist.ac.kr",
        ),
        (
            "College of Medicine, Seoul National University",
            "103 Daehak-ro",
            "Seoul",
            "03080",
            "Korea",
            "snu.ac.kr",
        ),
    ),
    "hi_IN": (
        ("Indian Institute of Science", "C.V. Raman Avenue", "Bengaluru", "560012", "India", "iisc.ac.in"),
        ("Department of Physics, IIT Bombay", "Powai", "Mumbai", "400076", "India", "iitb.ac.in"),
    ),
    "tr_TR": (
        (
            "Department of Chemistry, Middle East Technical University",
            "Üniversiteler Mah. Dumlupınar Blv. No: 1",
            "Ankara",
            "06800",
            "Türkiye",
            "metu.edu.tr",
        ),
        (
            "Faculty of Medicine, Ege University",
            "Erzene Mah. Ankara Cad. No: 172",
            "İzmir",
            "35040",
            "Turkey",
            "ege.edu.tr",
        ),
    ),
    "el_GR": (
        (
            "School of Chemical Engineering, National Technical University of Athens",
            "Iroon Polytechniou 9",
            "Zografou",
            "157 80",
            "Greece",
            "chemeng.ntua.gr",
        ),
        (
            "Department of Biology, University of Crete",
            "Voutes Campus",
            "Heraklion",
            "700 13",
            "Greece",
            "uoc.gr",
        ),
    ),
    "es_MX": (
        (
            "Instituto de Física, Universidad Nacional Autónoma de México",
            "Circuito de la Investigación Científica s/n",
            "Ciudad de México",
            "04510",
            "Mexico",
            "fisica.unam.mx",
        ),
    ),
    "de_DE": (
        (
            "Max-Planck-Institut für Kohlenforschung",
            "Kaiser-Wilhelm-Platz 1",
            "Mülheim an der Ruhr",
            "45470",
            "Germany",
            "kofo.mpg.de",
        ),
        (
            "Institut für Organische Chemie, Universität Leipzig",
            "Johannisallee 29",
            "Leipzig",
            "04103",
            "Germany",
            "uni-leipzig.de",
        ),
    ),
    "fr_FR": (
        ("Laboratoire de Chimie, ENS de Lyon", "46 allée d'Italie", "Lyon", "69007", "France", "ens-lyon.fr"),
    ),
    "pl_PL": (
        (
            "Wydział Chemii, Uniwersytet Warszawski",
            "ul. Pasteura 1",
            "Warszawa",
            "02-093",
            "Poland",
            "chem.uw.edu.pl",
        ),
    ),
    "it_IT": (
        (
            "Dipartimento di Fisica, Università di Bologna",
            "Viale Berti Pichat 6/2",
            "Bologna",
            "40127",
            "Italy",
            "unibo.it",
        ),
    ),
    "pt_BR": (
        (
            "Instituto de Química, Universidade de São Paulo",
            "Av. Prof. Lineu Prestes, 748",
            "São Paulo",
            "05508-000",
            "Brazil",
            "iq.usp.br",
        ),
    ),
}
# Everyday non-PII vocabulary of the styles below
_ALLERGIES = ("NKDA", "penicillin (hives)", "sulfa (rash)", "codeine (nausea)", "latex", "shellfish", "NKA")
_ISSUE_SUBJECTS = (
    "Sync fails after the 4.2 update",
    "Printer not detected on Windows 11",
    "Export to CSV drops the last column",
    "Battery drain since firmware 2.1",
    "Calendar invites arrive twice",
    "Cannot pair with car stereo",
)
_FAKE_BANKS = (
    "First Harbor Bank",
    "Union Mutual",
    "Northgate Savings",
    "Meridian Credit Union",
    "Sparkasse Lindenau",
)
_UTILITY_ORGS = (
    "Brightwave Energy",
    "Cityline Power & Gas",
    "Northern Water Services",
    "Greenfield Electric",
)
_SCREENERS = ("VerityCheck Screening", "ClearPath Background Services", "TrueHire Verification")
_JP_ORGS = (
    "Hoshino Seiki Co., Ltd.",
    "Midori Denki K.K.",
    "Asahi Logistics Corp.",
    "Kanazawa Foods Co., Ltd.",
)
_JP_ORGS_KANJI = (
    "株式会社星野精機",
    "ミドリ電機株式会社",
    "朝日ロジスティクス株式会社",
    "金沢フーズ株式会社",
)
_KR_ORGS = ("Hanbit Solutions Inc.", "Saerom Tech Co., Ltd.", "Daon Bio", "Mirae Display Corp.")
_KR_ORGS_HANGUL = ("(주)한빛솔루션", "(주)새롬테크", "다온바이오", "미래디스플레이(주)")
_EXCHANGE_PROGRAMMES = ("AFS Intercultural", "YFU Exchange", "Rotary Youth Exchange", "EF High School Year")
_SCHOOLS = {
    "de_DE": ("Gymnasium am Markt", "Goethe-Gymnasium", "Gesamtschule Nord"),
    "fr_FR": ("Lycée Jean Moulin", "Lycée Victor Hugo"),
    "it_IT": ("Liceo Scientifico Galileo Galilei", "Liceo Classico Dante Alighieri"),
    "es_ES": ("IES Cervantes", "IES Luis Vives"),
    "nl_NL": ("Stedelijk Gymnasium", "Het Baarnsch Lyceum"),
    "pl_PL": ("III Liceum Ogólnokształcące", "LO nr 5 im. Kopernika"),
    "sv_SE": ("Katedralskolan", "Norra Real"),
    "no_NO": ("Kongsberg videregående skole", "Oslo katedralskole"),
    "da_DK": ("Aarhus Katedralskole", "Gladsaxe Gymnasium"),
    "fi_FI": ("Ressun lukio", "Tampereen lyseon lukio"),
    "cs_CZ": ("Gymnázium Jana Nerudy", "Gymnázium Brno, Křenová"),
}
_SCHOOL_NAMES = ("Westbrook College", "St. Aidan's School", "Hollins University", "Lakeshore Academy")
_MOVERS = (
    "Atlas Global Relocation",
    "Crown Removals International",
    "SIRVA Moving Partners",
    "Euro Van Lines",
)
_PAPER_TITLES = (
    "Ligand-controlled selectivity in nickel-catalysed C–N coupling",
    "A longitudinal cohort study of sleep and glycaemic control in adolescents",
    "Strain engineering of two-dimensional perovskite films",
    "Microbial community shifts in Mediterranean seagrass sediments",
    "Low-cost sensors for indoor particulate matter: a field calibration",
)
_NICKS = (
    ("Robert", "Bob"),
    ("William", "Bill"),
    ("Elizabeth", "Liz"),
    ("Katherine", "Kate"),
    ("Margaret", "Peggy"),
    ("Richard", "Rick"),
    ("James", "Jim"),
    ("Michael", "Mike"),
    ("Jennifer", "Jen"),
    ("Patricia", "Trish"),
    ("Anthony", "Tony"),
    ("Joseph", "Joe"),
    ("Susan", "Sue"),
    ("Rebecca", "Becky"),
    ("Deborah", "Debbie"),
    ("Dorothy", "Dot"),
    ("Giuseppe", "Peppe"),
    ("Francisco", "Paco"),
    ("Wolfgang", "Wolfi"),
    ("Małgorzata", "Gosia"),
    ("Aleksandra", "Ola"),
    ("Katarzyna", "Kasia"),
    ("Konstantinos", "Kostas"),
    ("Panagiotis", "Panos"),
    ("Guadalupe", "Lupita"),
    ("Alejandro", "Alex"),
)
# Street names as people say them, without a number
_BARE_STREETS = {
    "en_US": ("Maple Avenue", "Front Street", "Water Street", "Grand Avenue", "Cherry Lane"),
    "en_GB": ("Canal Terrace", "Harbour Row", "Chapel Street", "Albert Road", "Coronation Street"),
    "en_IE": ("Church Street", "Bridge Street", "Quay Street", "Parnell Road"),
    "en_AU": ("Beach Road", "Wattle Street", "Bridge Road"),
    "en_CA": ("Queen Street", "Bay Street", "Sherbrooke Street"),
    "de_DE": ("Kirchgasse", "Mühlweg", "Bergstraße", "Lange Reihe", "Am Hafen"),
    "fr_FR": ("rue du Moulin", "rue des Écoles", "impasse des Tilleuls"),
    "it_IT": ("Via Roma", "Vicolo del Pozzo", "Via dei Mille", "Via Cavour"),
    "es_ES": ("Calle del Sol", "Calle Real", "Calle de la Iglesia"),
    "pl_PL": ("ulica Długa", "ulica Kościuszki", "ulica Szeroka"),
    "nl_NL": ("Molenstraat", "Achterweg", "Havenkade"),
    "sv_SE": ("Storgatan", "Sjögatan", "Kvarngatan"),
}
_TR_FOLD = str.maketrans({"ı": "i", "İ": "I", "ß": "ss", "Ø": "O", "Æ": "AE", "Œ": "OE", "œ": "oe"})


# ---------------------------------------------------------------- shared helpers


def _fold(text: str) -> str:
    return ascii_fold(text.translate(_TR_FOLD))


def _hm(m: int, ampm: bool = False, sep: str = ":") -> str:
    m %= 24 * 60
    if ampm:
        h = m // 60 % 12 or 12
        return f"{h}{sep}{m % 60:02d} {'AM' if m < 720 else 'PM'}"
    return f"{m // 60:02d}{sep}{m % 60:02d}"


def _chain(g: Gen, start: int, gaps: tuple[tuple[int, int], ...]) -> list[int]:
    """Minutes of the day: `start`, then each gap (lo, hi) after the previous one."""
    out = [start]
    for lo, hi in gaps:
        out.append(out[-1] + g.rng.randrange(lo, hi))
    return out


def _dob(
    g: Gen, styles: tuple[str, ...] = ("mm/dd/yyyy", "m/d/yyyy", "dd/mm/yyyy", "iso", "d Mon yyyy")
) -> Ent:
    return g.date(style=g.pick(styles), dob=True)


def _dob_day(g: Gen) -> date:
    return g.day(1931, 2005)


def _born(g: Gen, on: date, age: Ent) -> date:
    """A birth date that makes someone `age` years old on `on`."""
    n = int(age.text)
    try:
        anniversary = on.replace(year=on.year - n)
    except ValueError:  # 29 February
        anniversary = on.replace(year=on.year - n, day=28)
    return anniversary - timedelta(days=g.rng.randrange(1, 364))


def _town(g: Gen, loc: str) -> Ent:
    choice = g.pick(CITIES[loc])
    return ent(choice[0] if isinstance(choice, tuple) else choice, "CITY")


def _other_town(g: Gen, loc: str, avoid: str) -> Ent:
    for _ in range(10):
        town = _town(g, loc)
        if town.text != avoid:
            return town
    return town


def _us_like(loc: str) -> bool:
    return loc in ("en_US", "en_CA")


def _money(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi):,}.{g.rng.randrange(100):02d}"


def _sex(p: Person) -> str:
    return "F" if p.female else "M"


def _nickname(p: Person) -> str:
    """What colleagues call someone: a known short form, or the first syllable ("Kim", "Greg")."""
    first = p.first.split()[0].split("-")[0]
    known = dict(_NICKS)
    if first in known:
        return known[first]
    if len(first) < 6:
        return first
    vowels = "aeiouyàáâäåèééêëìíîïòóôöùúûü"
    i = 1
    while i < len(first) and first[i].lower() not in vowels:
        i += 1
    while i < len(first) and first[i].lower() in vowels:
        i += 1
    j = min(i + 1, len(first))
    if j < len(first) and first[j] == first[j - 1]:
        j += 1
    nick = first[:j]
    return nick if len(nick) >= 3 else first


# -- people from places Faker's locales here do not cover


def _world_person(g: Gen, loc: str, female: bool | None = None) -> Person:
    female = g.chance(0.5) if female is None else female
    if loc == "ja_JP":
        first, last, middle = g.pick(_JA_FEMALE if female else _JA_MALE)[0], g.pick(_JA_SURNAMES)[0], ""
    elif loc == "ko_KR":
        first, last, middle = g.pick(_KO_FEMALE if female else _KO_MALE)[0], g.pick(_KO_SURNAMES)[0], ""
    elif loc == "hi_IN":
        first, last = g.pick(_IN_FEMALE if female else _IN_MALE), g.pick(_IN_SURNAMES)
        middle = g.pick(_IN_MALE)  # a father's name as the middle name
    elif loc == "tr_TR":
        first, last, middle = g.pick(_TR_FEMALE if female else _TR_MALE), g.pick(_TR_SURNAMES), ""
    elif loc == "el_GR":
        first = g.pick(_GR_FEMALE if female else _GR_MALE)
        last, middle = g.pick(_GR_SURNAMES)[1 if female else 0], ""
    elif loc == "es_MX":
        first = g.pick(_MX_FEMALE if female else _MX_MALE)
        one, two = g.rng.sample(_MX_SURNAMES, 2)
        last, middle = f"{one} {two}", ""
    else:
        return g.person(loc, female)
    return Person(first, last, middle or first, female, loc)


def _person_any(g: Gen, loc: str, female: bool | None = None) -> Person:
    return _world_person(g, loc, female) if loc in _WORLD_COUNTRIES else g.person(loc, female)


def _native(p: Person) -> Ent:
    """The name in its own script, family name first (Japanese with a space, Korean without)."""
    if p.loc == "ja_JP":
        last = dict(_JA_SURNAMES)[p.last]
        first = dict(_JA_FEMALE + _JA_MALE)[p.first]
        return ent(f"{last} {first}", "PERSON")
    last = dict(_KO_SURNAMES)[p.last]
    first = dict(_KO_FEMALE + _KO_MALE)[p.first]
    return ent(f"{last}{first}", "PERSON")


def _wname(g: Gen, p: Person, style: str | None = None) -> Ent:
    """A name as people write it for someone from that place."""
    family_first = p.loc in ("ja_JP", "ko_KR")
    style = style or g.pick(
        ("western", "western", "family_first" if family_first else "western", "FAMILY", "initial")
    )
    text = {
        "western": f"{p.first} {p.last}",
        "family_first": f"{p.last} {p.first}",
        "FAMILY": f"{p.last.upper()} {p.first}" if family_first else f"{p.first} {p.last.upper()}",
        "initial": f"{p.first[0]}. {p.last}",
        "first": p.first,
        "last": p.last,
    }[style]
    return ent(text, "PERSON")


def _wphone(g: Gen, loc: str) -> Ent:
    if loc in _WORLD_PHONES:
        return ent(g.fill(g.pick(_WORLD_PHONES[loc])), "PHONE_NUMBER")
    return g.phone(loc, ext=0)


def _wemail(g: Gen, p: Person, domain: str | None = None) -> Ent:
    if p.loc not in _WORLD_MAIL:
        return g.email(p, domain)
    first, last = (_fold(x).lower().replace(" ", "").replace("-", "") for x in (p.first, p.last.split()[0]))
    local = g.pick(
        (
            f"{first}.{last}",
            f"{last}.{first}",
            f"{first}{last}{g.rng.randrange(70, 99)}",
            f"{first[0]}{last}",
            f"{first}_{last[:4]}",
        )
    )
    return ent(f"{local}@{domain or g.pick(_WORLD_MAIL[p.loc])}", "EMAIL_ADDRESS")


def _wcountry(g: Gen, loc: str) -> Ent:
    if loc in _WORLD_COUNTRIES:
        return ent(g.pick(_WORLD_COUNTRIES[loc]), "STATE_OR_COUNTRY")
    return ent(g.pick(COUNTRIES[loc]), "STATE_OR_COUNTRY")


def _jp_lines(g: Gen, native: bool = False) -> list[tuple]:
    pref, pref_k, city, city_k, ward, ward_k, dist, dist_k, zip_ = g.pick(_JP_PLACES)
    chome = f"{g.rng.randrange(1, 8)}-{g.rng.randrange(1, 30)}-{g.rng.randrange(1, 20)}"
    tokyo = pref == "Tokyo"
    pref_kind = "CITY" if tokyo else "STATE_OR_COUNTRY"
    building = g.rng.randrange(len(_JP_BUILDINGS)) if g.chance(0.5) else None
    if native:
        street = f"{dist_k}{chome}" + ("" if building is None else f" {_JP_BUILDINGS_KANJI[building]}")
        cityward = f"{city_k}{ward_k}"
        return [
            ("〒", ent(zip_, "ZIP_CODE")),
            (ent(pref_k, pref_kind), ent(cityward, "CITY"), ent(street, "STREET_ADDRESS")),
        ]
    street = f"{chome} {dist}"
    out: list[tuple] = []
    if building is not None:
        out.append((ent(_JP_BUILDINGS[building], "STREET_ADDRESS"),))
    town = (ent(ward, "CITY"), ", ", ent(city, "CITY"), ", ") if city else (ent(ward, "CITY"), ", ")
    out += [(ent(street, "STREET_ADDRESS"), ","), (*town, ent(pref, pref_kind), " ", ent(zip_, "ZIP_CODE"))]
    return out


def _kr_lines(g: Gen, native: bool = False) -> list[tuple]:
    city, city_k, gu, gu_k, road, road_k, zip_ = g.pick(_KR_PLACES)
    num = str(g.rng.randrange(2, 420))
    floor = g.rng.randrange(2, 25) if g.chance(0.5) else None
    if native:
        street = f"{road_k} {num}" + ("" if floor is None else f", {floor}층")
        return [
            (
                "(",
                ent(zip_, "ZIP_CODE"),
                ") ",
                ent(city_k, "CITY"),
                " ",
                ent(gu_k, "CITY"),
                " ",
                ent(street, "STREET_ADDRESS"),
            )
        ]
    street = ("" if floor is None else f"{floor}F, ") + f"{num} {road}"
    return [
        (ent(street, "STREET_ADDRESS"), ","),
        (ent(gu, "CITY"), ", ", ent(city, "CITY"), " ", ent(zip_, "ZIP_CODE")),
    ]


def _in_lines(g: Gen) -> list[tuple]:
    locality, city, state, pin = g.pick(_IN_PLACES)
    if g.chance(0.5):
        flat = f"{g.rng.randrange(1, 12)}0{g.rng.randrange(1, 9)}"
        street = f"Flat {flat}, {g.pick(_IN_BUILDINGS)}, {g.pick(_IN_ROADS)}"
    else:
        street = f"No. {g.rng.randrange(1, 300)}, {g.pick(_IN_ROADS)}"
    pin = pin + g.digits(2)
    pin = pin if g.chance(0.7) else f"{pin[:3]} {pin[3:]}"
    sep = g.pick((" - ", " ", "-"))
    return [
        (ent(street, "STREET_ADDRESS"), ","),
        (ent(locality, "STREET_ADDRESS"), ","),
        (ent(city, "CITY"), sep, ent(pin, "ZIP_CODE"), ", ", ent(state, "STATE_OR_COUNTRY")),
    ]


def _tr_lines(g: Gen) -> list[tuple]:
    mah, cad, ilce, il, zip_ = g.pick(_TR_PLACES)
    street = f"{mah} {cad} No: {g.rng.randrange(1, 200)}" + g.pick(
        ("", f" D: {g.rng.randrange(1, 20)}", f"/{g.rng.randrange(1, 12)}")
    )
    return [
        (ent(street, "STREET_ADDRESS"),),
        (ent(zip_, "ZIP_CODE"), " ", ent(ilce, "CITY"), "/", ent(il, "CITY")),
    ]


def _gr_lines(g: Gen, native: bool = False) -> list[tuple]:
    street, street_g, town, town_g, zip_ = g.pick(_GR_PLACES)
    num = str(g.rng.randrange(1, 140))
    if native:
        return [
            (ent(f"{street_g} {num}", "STREET_ADDRESS"),),
            (ent(zip_, "ZIP_CODE"), " ", ent(town_g, "CITY")),
        ]
    return [(ent(f"{street} {num}", "STREET_ADDRESS"),), (ent(zip_, "ZIP_CODE"), " ", ent(town, "CITY"))]


def _mx_lines(g: Gen) -> list[tuple]:
    street, colonia, alcaldia, city, state, cp = g.pick(_MX_PLACES)
    inner = g.pick(("", "", f", int. {g.rng.randrange(1, 12)}", f" Depto. {g.rng.randrange(101, 804)}"))
    out: list[tuple] = [
        (ent(f"{street} {g.rng.randrange(1, 2500)}{inner}", "STREET_ADDRESS"),),
        (ent(colonia, "STREET_ADDRESS"),),
    ]
    if alcaldia:
        out.append((ent(alcaldia, "CITY"),))
    out.append((ent(cp, "ZIP_CODE"), " ", ent(city, "CITY"), ", ", ent(state, "STATE_OR_COUNTRY")))
    return out


def _wlines(g: Gen, loc: str, native: bool = False) -> list[tuple]:
    """Envelope lines of an address in `loc` (a places.py locale or one of the world locales above)."""
    if loc == "ja_JP":
        return _jp_lines(g, native)
    if loc == "ko_KR":
        return _kr_lines(g, native)
    if loc == "hi_IN":
        return _in_lines(g)
    if loc == "tr_TR":
        return _tr_lines(g)
    if loc == "el_GR":
        return _gr_lines(g, native)
    if loc == "es_MX":
        return _mx_lines(g)
    return lines(address(g, loc))


def _joined(rows: list[tuple], sep: str = ", ") -> tuple:
    """Address lines on one line; a trailing comma a line carries is dropped in favour of `sep`."""
    out: list = []
    for i, row in enumerate(rows):
        row = row[:-1] if row and row[-1] == "," else row
        out += [sep] * bool(i) + list(row)
    return tuple(out)


def _wblock(rows: list[tuple], indent: str = "") -> tuple:
    return tuple(p for row in rows for p in (indent, *row, "\n"))


def _numbered_street(g: Gen, loc: str) -> Ent:
    """A street of `loc` with a house number, in the local order."""
    if loc not in _BARE_STREETS:
        return address(g, loc).street
    name, num = g.pick(_BARE_STREETS[loc]), g.rng.randrange(1, 120)
    return ent(f"{num} {name}" if loc.startswith("en") else f"{name} {num}", "STREET_ADDRESS")


def _the(g: Gen, d: date, styles: tuple[str, ...], dob: bool = False) -> tuple:
    """A date in one of `styles`, with "the" before "12th of May" (the article is not part of the span)."""
    style = g.pick(styles)
    return ("the " if style == "the dth of Month" else "", g.date(d, style, dob=dob))


def _a(text: str) -> str:
    return f"{'an' if text[:1].lower() in 'aeiou' else 'a'} {text}"


def _kin_word(p: Person) -> str:
    return "wife" if p.female else "husband"


def _table(b: Builder, header: list[str], rows: list[list], sep: str = " | ", markdown: bool = False) -> None:
    if markdown:
        b("| ", " | ".join(header), " |\n|", "|".join("---" for _ in header), "|\n")
        for row in rows:
            out: list = ["| "]
            for i, cell in enumerate(row):
                out += [" | "] * bool(i) + [cell]
            b(*out, " |\n")
        return
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(piece_text(cell)))
    b(sep.join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(), "\n")
    for row in rows:
        out = []
        for i, (cell, w) in enumerate(zip(row, widths, strict=True)):
            out += [sep] * bool(i) + [cell, " " * (w - len(piece_text(cell)))]
        while out and isinstance(out[-1], str) and not out[-1].strip():
            out.pop()
        b(*out, "\n")


# ---------------------------------------------------------------- clinical notes

_EMS_COMPLAINTS = (
    (
        "chest pain",
        "found seated on the couch, pale and diaphoretic, clutching chest",
        "pain began ~40 min PTA while shoveling",
    ),
    (
        "fall",
        "found supine on the bathroom floor, unable to get up",
        "slipped getting out of the tub, denies LOC",
    ),
    (
        "shortness of breath",
        "found tripoding at the kitchen table, speaking 3-4 word sentences",
        "SOB worsening x2 days",
    ),
    (
        "altered mental status",
        "found in bed, responsive to verbal stimuli only",
        "not acting right since this morning",
    ),
    ("syncope", "found sitting on the curb, alert, oriented", "passed out briefly while standing in line"),
)
_EMS_TREATMENTS = (
    "12-lead obtained: sinus tach 112, no STE. ASA 324 mg PO chewed. NTG 0.4 mg SL x2 with pain 8/10 -> "
    "4/10. IV 18g L AC, NS TKO.",
    "C-spine cleared per protocol. Splinted R wrist in position found. Fentanyl 50 mcg IN for pain 7/10. "
    "BGL 134.",
    "Duoneb x2 via HHN, SpO2 88% -> 94%. CPAP 7.5 cmH2O applied with improvement in work of breathing.",
    "BGL 41 mg/dL. D10 250 mL IV, recheck BGL 118, pt now A&Ox4 and asking what happened.",
    "Orthostatics positive. IV 20g R hand, NS 500 mL bolus. Cardiac monitor: NSR, no ectopy.",
)


@T("clinical_note")
def ems_patient_care_report(g: Gen, b: Builder) -> None:
    p, medic, emt, rn, kin = g.person(), g.person(), g.person(), g.person(), g.person()
    a = address(g, p.loc)
    d = g.day()
    cc, found, story = g.pick(_EMS_COMPLAINTS)
    k = _EMS_COMPLAINTS.index((cc, found, story))
    unit = g.pick(("Medic ", "M", "Rescue ", "Ambulance ")) + str(g.rng.randrange(1, 40))
    t = _chain(g, g.rng.randrange(0, 22 * 60), ((1, 3), (4, 14), (1, 4), (10, 25), (8, 25), (2, 9)))
    agency = ent(
        f"{g.pick(('Tri-County', 'Lakeside', 'North Valley', 'Harbor District', 'Pine Ridge'))} "
        f"{g.pick(('EMS', 'Fire Rescue', 'Ambulance Service', 'Rescue Squad'))}",
        "ORGANIZATION",
    )
    style = g.pick(("mm/dd/yyyy", "m/d/yy", "iso"))
    age = g.age()
    b(upper(agency), "\nPATIENT CARE REPORT", g.pick((" (ePCR)", "", " - FINAL")), "\n")
    b(
        "Incident #: ",
        g.ref(text=g.fill("##-######")),
        "   Unit: ",
        unit,
        "   Date of service: ",
        g.date(d, style),
        "\n",
    )
    b(
        "Times: PSAP ",
        _hm(t[0]),
        " | Disp ",
        _hm(t[1]),
        " | On scene ",
        _hm(t[2]),
        " | Pt contact ",
        _hm(t[3]),
        " | Depart ",
        _hm(t[4]),
        " | At dest ",
        _hm(t[5]),
        " | Avail ",
        _hm(t[6]),
        "\n\n",
    )
    b(
        "Incident location: ",
        one_line(a),
        g.pick((" (private residence)", " (apt, 3rd fl, no elevator)", "")),
        "\n",
    )
    b(
        "Patient: ",
        g.name(p, g.pick(("LAST_FIRST", "UPPER", "last_first"))),
        "   Sex: ",
        _sex(p),
        "   Age: ",
        age,
        "   DOB: ",
        g.date(_born(g, d, age), g.pick(("mm/dd/yyyy", "m/d/yyyy", "iso")), dob=True),
        "   Wt: ",
        str(g.rng.randrange(48, 130)),
        " kg\n",
    )
    if g.chance(0.6):
        b("Home address: same as incident location\n")
    else:
        b("Home address: ", one_line(address(g, p.loc)), "\n")
    payer = g.pick(
        (("Medicare", "mc"), ("Medicaid", "member"), ("Commercial - BCBS", "member"), ("Self-pay", ""))
    )
    b("Phone: ", g.phone(p.loc, ext=0), "   Payer: ", payer[0])
    if payer[1]:
        b(" #", g.ident(payer[1]))
    b("\nChief complaint: ", cc.capitalize(), "\n\nNARRATIVE:\n")
    b(
        unit,
        " dispatched ",
        g.pick(("emergent", "non-emergent", "priority 1", "priority 2")),
        " to above location for a ",
        age,
        f" y/o {'female' if p.female else 'male'} c/o {cc}. ",
        f"Upon arrival pt {found}. ",
        g.pick(("Pt's ", "Per pt's ")),
        _kin_word(kin) if kin.female != p.female else g.pick(("son", "daughter", "neighbor")),
        " ",
        g.name(kin, g.pick(("first", "full"))),
        f" states {story}. PMH: {', '.join(filler.conditions(g, 2))}. ",
        f"Meds: {', '.join(g.rng.sample(vocab.DRUGS, 3))}. Allergies: {g.pick(_ALLERGIES)}. ",
        _EMS_TREATMENTS[k],
        " ",
        f"Pt moved to stretcher via {g.pick(('stair chair', 'standing pivot', 'scoop'))} and transported ",
        g.pick(("non-emergent", "emergent, lights and siren")),
        " to ",
        g.hospital(),
        " without change. ",
        "Care and verbal report transferred to ",
        g.name(rn, g.pick(("full", "initial"))),
        ", RN at ",
        _hm(t[5] + 3),
        ".\n\n",
    )
    b("VITALS\nTime   BP       HR   RR  SpO2  GCS\n")
    for m in (t[3] + 2, t[3] + 12, t[4] + 8):
        b(
            f"{_hm(m)}  {g.rng.randrange(96, 182)}/{g.rng.randrange(52, 104):<4} "
            f"{g.rng.randrange(58, 128):<4} "
            f"{g.rng.randrange(12, 30):<3} {g.rng.randrange(86, 100)}%   {g.pick(('15', '15', '14', '13'))}\n"
        )
    b(
        "\nCrew: ",
        g.name(medic, g.pick(("full", "last_first"))),
        " (Paramedic, lic ",
        g.ident("professional"),
        "); ",
        g.name(emt, g.pick(("full", "initial"))),
        " (EMT-B)\n",
        "Pt signature obtained: ",
        g.pick(("YES", "NO - pt unable, signed by crew")),
        "\n",
    )


def _hl7_name(g: Gen, p: Person, caps: bool) -> tuple:
    def f(x: str) -> Ent:
        return ent(x.upper() if caps else x, "PERSON")

    return (f(p.last), "^", f(p.first), "^", f(p.middle) if g.chance(0.6) else "")


def _hl7_ts(g: Gen, d: date, m: int, sec: bool = True) -> Ent:
    m %= 24 * 60
    return ent(f"{d:%Y%m%d}{m // 60:02d}{m % 60:02d}" + (f"{g.rng.randrange(60):02d}" if sec else ""), "DATE")


@T("clinical_note")
def hl7_adt_feed(g: Gen, b: Builder) -> None:
    p, kin, doc = g.person(), g.person(), g.person()
    if g.chance(0.6):  # a spouse who took the patient's family name
        spouse = g.person(p.loc, female=not p.female)
        kin = Person(spouse.first, p.last, spouse.middle, spouse.female, p.loc)
    a = address(g, p.loc)
    d = g.day(2019, 2024)
    caps = g.chance(0.7)
    fac = g.pick(("MHC", "STLUKE", "RVMC", "GHS_MAIN", "UHB"))
    event = g.pick(("A04", "A01", "A08", "A03"))
    dob = _dob_day(g)
    control = g.fill("MSG##########")
    m0 = g.rng.randrange(24 * 60)
    if g.chance(0.5):
        b(
            g.date(d, "iso"),
            f" {_hm(m0)}:{g.rng.randrange(60):02d},",
            f"{g.rng.randrange(1000):03d} INFO  [ADT_INBOUND-{g.rng.randrange(1, 9)}] ",
            g.pick(("Received message", "Routing message", "ACK AA for message")),
            " ",
            control,
            ":\n",
        )
    b(
        "MSH|^~\\&|",
        g.pick(("EPIC", "CERNER", "MEDITECH")),
        "|",
        fac,
        "|",
        g.pick(("RHAPSODY", "CLOVERLEAF", "MIRTH")),
        "|",
        g.pick(("LAB", "RIS", "PHARM")),
        "|",
        _hl7_ts(g, d, m0),
        "||ADT^",
        event,
        "|",
        control,
        "|P|2.5.1\n",
    )
    b("EVN|", event, "|", _hl7_ts(g, d, m0), "\n")
    state = a.region if a.region else ""
    country = upper(a.country) if caps else a.country
    street = upper(a.street) if caps else a.street
    city = upper(a.city) if caps else a.city
    email = g.email(p) if g.chance(0.6) else None
    b(
        "PID|1||",
        g.ident("mrn"),
        "^^^",
        fac,
        "^MR",
        "~",
        g.ident("ssn"),
        "^^^USSSA^SS" if g.chance(0.5) else "^^^SSA^SS",
        "||",
        _hl7_name(g, p, caps),
        "^^",
        g.pick(("", "MR" if not p.female else "MS")),
        "^^L||",
        ent(f"{dob:%Y%m%d}", "DATE", dob=True),
        "|",
        _sex(p),
        "||",
        g.pick(("2106-3^White^HL70005", "2054-5^Black^HL70005", "2028-9^Asian^HL70005", "")),
        "|",
        street,
        "^^",
        city,
        "^",
        state,
        "^",
        a.zip,
        "^",
        country,
        "^H||",
        g.phone(p.loc, ext=0),
        "^PRN^PH",
        ("~^NET^Internet^", email) if email else "",
        "|",
        (g.phone(p.loc), "^WPN^PH") if g.chance(0.5) else "",
        "|",
        g.pick(("EN", "ENG", "SPA")),
        "|",
        g.pick(("M", "S", "D", "W")),
        "||",
        g.ident("account"),
        "^^^",
        fac,
        "^AN\n",
    )
    b(
        "NK1|1|",
        _hl7_name(g, kin, caps),
        "|",
        g.pick(("SPO^Spouse", "CHD^Child", "SIB^Sibling", "EMC^Emergency Contact")),
        "^HL70063||",
        g.phone(kin.loc, ext=0),
        "^PRN^PH||EC\n",
    )
    b(
        "PV1|1|",
        g.pick(("E", "O", "I")),
        "|",
        g.pick(("ED", "4WEST", "CARD", "ONC")),
        "^",
        str(g.rng.randrange(1, 40)),
        "^",
        g.pick(("A", "B", "1")),
        "^",
        fac,
        "||||",
        g.ident("professional"),
        "^",
        _hl7_name(g, doc, caps),
        "^^^^MD|||",
        g.pick(("MED", "SUR", "CAR")),
        "||||||||",
        g.ref(text=g.fill("V########")),
        "|||||||||||||||||||||||||",
        _hl7_ts(g, d, m0 - g.rng.randrange(5, 90), sec=False),
        "\n",
    )
    if g.chance(0.7):
        insurer = g.pick(("AETNA", "BLUE CROSS BLUE SHIELD", "UNITEDHEALTHCARE", "CIGNA", "HUMANA"))
        b(
            "IN1|1|",
            g.ref(text=g.fill("@@@##")),
            "|",
            g.ref(text=g.digits(5)),
            "|",
            ent(insurer, "ORGANIZATION"),
            "|||||",
            g.ref(text=g.fill("GRP######")),
            "|||||||",
            _hl7_name(g, p, caps),
            "|SEL|",
            ent(f"{dob:%Y%m%d}", "DATE", dob=True),
            "|||||||||||||||||||",
            g.ident("member"),
            "\n",
        )
    b(
        "AL1|1|DA|^",
        g.pick(("Penicillin", "Sulfa drugs", "Codeine", "Latex")),
        "|",
        g.pick(("SV", "MO", "MI")),
        "|",
        g.pick(("Hives", "Anaphylaxis", "Rash", "Nausea")),
        "\n",
    )
    code = g.pick(
        (
            "I10^Essential (primary) hypertension",
            "E11.9^Type 2 diabetes mellitus without complications",
            "J18.9^Pneumonia, unspecified organism",
            "R07.9^Chest pain, unspecified",
            "N39.0^Urinary tract infection",
        )
    )
    b("DG1|1||", code, "^I10||", _hl7_ts(g, d, m0 - g.rng.randrange(5, 90), sec=False), "|A\n")


_PROCEDURES = (
    (
        "Laparoscopic cholecystectomy",
        "Symptomatic cholelithiasis",
        "Chronic calculous cholecystitis",
        "Pneumoperitoneum was established through a periumbilical Hasson port and three 5 mm ports were "
        "placed "
        "under direct vision. The gallbladder was retracted cephalad, the triangle of Calot dissected and "
        "the "
        "critical view of safety obtained. The cystic duct and artery were clipped and divided, and the "
        "gallbladder was removed from the liver bed with electrocautery and extracted in a retrieval bag.",
    ),
    (
        "Open reduction and internal fixation, left distal radius",
        "Displaced intra-articular fracture of the left distal radius",
        "Same",
        "A volar approach through the FCR sheath was used. The pronator quadratus was elevated and the "
        "fracture "
        "reduced under fluoroscopy. A 2.4 mm volar locking plate was applied with four distal locking "
        "screws. "
        "Final images confirmed restoration of radial height and volar tilt.",
    ),
    (
        "Right total knee arthroplasty",
        "Primary osteoarthritis, right knee",
        "Same",
        "A medial parapatellar arthrotomy was performed. Distal femoral and proximal tibial cuts were made "
        "with "
        "standard guides, the knee balanced in flexion and extension, and cemented components were "
        "implanted. "
        "Tourniquet time was 71 minutes.",
    ),
    (
        "Laparoscopic appendectomy",
        "Acute appendicitis",
        "Acute suppurative appendicitis without perforation",
        "The appendix was identified, the mesoappendix divided with a LigaSure device and the base secured "
        "with "
        "an endoscopic stapler. The specimen was removed in a bag. The right lower quadrant was irrigated "
        "until clear.",
    ),
    (
        "Left inguinal hernia repair with mesh (Lichtenstein)",
        "Left inguinal hernia",
        "Indirect left inguinal hernia",
        "An oblique groin incision was made and the external oblique aponeurosis opened. The indirect sac "
        "was "
        "dissected off the cord and reduced. A polypropylene mesh was secured to the inguinal ligament with "
        "running 2-0 Prolene.",
    ),
)


@T("clinical_note")
def operative_note(g: Gen, b: Builder) -> None:
    p, surgeon, assist, anes, circ, kin = (g.person() for _ in range(6))
    d = g.day()
    proc, pre, post, body = g.pick(_PROCEDURES)
    style = g.pick(("mm/dd/yyyy", "Month d, yyyy", "dd/mm/yyyy", "d Mon yyyy"))
    b(
        g.hospital(),
        "\n",
        g.pick(("OPERATIVE REPORT", "Operative Note", "BRIEF OP NOTE / OPERATIVE REPORT")),
        "\n\n",
    )
    label = g.pick(("Patient", "PATIENT NAME", "Name"))
    b(label, ": ", g.name(p, g.pick(("LAST_FIRST", "full", "UPPER"))), "     MRN: ", g.ident("mrn"))
    age = g.age()
    if g.chance(0.7):
        b("     DOB: ", g.date(_born(g, d, age), style, dob=True))
    b("\n")
    b("Date of surgery: ", g.date(d, style), "\n")
    b(
        "Surgeon: ",
        g.name(surgeon, g.pick(("full", "initial"))),
        ", MD",
        g.pick((", FACS", "", ", FRCS")),
        "\n",
    )
    b(
        "Assistant: ",
        g.name(assist, g.pick(("full", "initial"))),
        g.pick((", PA-C", ", MD (PGY-4)", ", RNFA")),
        "\n",
    )
    b("Anesthesia: ", g.pick(("General endotracheal", "General LMA", "Regional block with sedation")))
    b(" (", g.pick(("Dr. ", "")), g.name(anes, g.pick(("full", "last"))), ")\n\n")
    b("Preoperative diagnosis: ", pre, ".\nPostoperative diagnosis: ", post, ".\nProcedure: ", proc, ".\n")
    b(
        f"EBL: {g.rng.randrange(5, 300)} mL.  Fluids: {g.rng.randrange(5, 20) * 100} mL LR.  ",
        f"Drains: {g.pick(('none', 'one 15 Fr Blake'))}.  Specimens: {g.pick(('to pathology', 'none'))}.  ",
        "Complications: none apparent.\n\n",
    )
    b(
        "INDICATIONS: ",
        g.title(p),
        g.name(p, "last"),
        " is a ",
        age,
        "-year-old ",
        "woman" if p.female else "man",
        f" with {pre.lower()} who elected to proceed after discussion of risks, ",
        "benefits and alternatives. Consent was signed on ",
        g.date(d - timedelta(days=g.rng.randrange(2, 30)), style),
        " and witnessed by ",
        g.name(circ, g.pick(("full", "initial"))),
        ", RN.\n\n",
    )
    b(
        "DESCRIPTION OF PROCEDURE: The patient was identified in the holding area, brought to the "
        "operating room "
        "and placed supine. After induction, a time-out was performed confirming patient, site and "
        "procedure. ",
        body,
        " Counts were correct x2. The patient tolerated the procedure well and was taken to PACU in stable "
        "condition.\n\n",
    )
    b("Dr. ", g.name(surgeon, "last"), " was present and scrubbed for the entire procedure.")
    if g.chance(0.7):
        rel = g.pick(
            ("wife", "daughter", "mother", "partner")
            if kin.female
            else ("husband", "son", "father", "partner")
        )
        b(f" The patient's {rel}, ", g.name(kin, g.pick(("first", "full"))), ", was updated ")
        if g.chance(0.5):
            b("in the family waiting area.")
        else:
            b("by telephone at ", g.phone(p.loc, ext=0), ".")
    b(
        "\n\nElectronically signed by ",
        g.name(surgeon, "full"),
        ", MD on ",
        g.date(d, style),
        " at ",
        _hm(g.rng.randrange(9 * 60, 20 * 60)),
        "\n",
    )


@T("clinical_note")
def pharmacist_med_reconciliation(g: Gen, b: Builder) -> None:
    p, pcp, rph, cg = g.person(), g.person(), g.person(), g.person()
    d = g.day()
    b(
        g.pick(
            (
                "PHARMACY - ADMISSION MEDICATION RECONCILIATION",
                "Pharmacist Med Rec Note",
                "Clinical Pharmacy Consult: medication history",
            )
        ),
        "\n",
    )
    b(
        "Pt: ",
        g.name(p, g.pick(("LAST_FIRST", "full", "initial"))),
        " | ",
        g.age(),
        "y ",
        _sex(p),
        " | MRN ",
        g.ident("mrn"),
        " | Bed ",
        f"{g.rng.randrange(2, 9)}-{g.rng.randrange(1, 40):02d}",
        " | Allergies: ",
        g.pick(_ALLERGIES),
        "\n",
    )
    pharmacy = ent(
        g.pick(("Walgreens", "CVS Pharmacy", "Boots", "Rite Aid", "Kroger Pharmacy", "Apotheke am Markt")),
        "ORGANIZATION",
    )
    town = address(g, p.loc).city
    b(
        "Sources: patient interview at bedside; outpatient fill history from ",
        pharmacy,
        " (",
        town,
        ", ph ",
        g.phone(p.loc, ext=0),
        "); PCP med list faxed by Dr ",
        g.name(pcp, g.pick(("last", "full"))),
        "'s office",
        g.pick(("", f" on {fmt_date(d, 'm/d')}")),
        ".\n",
    )
    rel = g.pick(("daughter", "niece", "wife") if cg.female else ("son", "nephew", "husband"))
    b(
        "Caregiver: ",
        g.pick((rel, rel, "home health aide")),
        " ",
        g.name(cg, g.pick(("full", "first"))),
        " manages pillbox; reached at ",
        g.phone(cg.loc, ext=0),
        ".\n\nHOME MEDICATIONS\n",
    )
    n = g.rng.randrange(3, 7)
    for i, drug in enumerate(g.rng.sample(vocab.DRUGS, n)):
        dd = d - timedelta(days=g.rng.randrange(3, 95))
        b(
            f"{i + 1}. {drug} {g.pick(vocab.DOSES)} {g.pick(vocab.ROUTES)} {g.pick(vocab.FREQS)}",
            " - last filled ",
            g.date(dd, g.pick(("m/d/yy", "mm/dd/yyyy", "m/d"))),
            f", {g.pick(('30', '90'))}-day supply - ",
            f"{g.pick(('CONTINUE', 'CONTINUE', 'HOLD', 'MODIFY', 'D/C'))}\n",
        )
    b(
        "\nDISCREPANCIES: Pt reports taking ",
        g.pick(vocab.DRUGS),
        " only ",
        g.pick(("PRN", "every other day")),
        " due to cost; not on PCP list. ",
        g.pick(vocab.DRUGS),
        " duplicated under brand and generic names. ",
        "Discussed with admitting team.\n",
    )
    plan = g.pick(("Medicare Part D", "Express Scripts", "OptumRx", "Caremark"))
    b(
        "Coverage: ",
        ent(plan, "ORGANIZATION"),
        " member ID ",
        g.ident("member"),
        "  BIN ",
        g.ref(text=g.digits(6)),
        "  PCN ",
        g.ref(text=g.fill("@@@##")),
        "  Group ",
        g.ref(text=g.fill("RX####")),
        "\n",
    )
    b(
        "RECOMMENDATIONS: renal dose adjustment per CrCl ",
        str(g.rng.randrange(25, 60)),
        " mL/min; resume home ",
        g.pick(vocab.DRUGS),
        " at discharge; counsel on ",
        g.pick(vocab.DRUGS),
        " interaction.\n\n",
    )
    b(
        g.name(rph, g.pick(("full", "initial"))),
        ", PharmD",
        g.pick((", BCPS", "", ", BCGP")),
        "  pager ",
        ent(g.digits(4), "PHONE_NUMBER"),
        "  ",
        g.date(d, g.pick(("mm/dd/yyyy", "iso"))),
        " ",
        _hm(g.rng.randrange(8 * 60, 18 * 60)),
        "\n",
    )


@T("clinical_note")
def behavioral_health_intake(g: Gen, b: Builder) -> None:
    p, ec, clin, partner, ref_doc = g.person(), g.person(), g.person(), g.person(), g.person()
    a = address(g, p.loc)
    d = g.day()
    b(
        g.pick(
            (
                "BEHAVIORAL HEALTH INTAKE ASSESSMENT",
                "Mental Health Triage & Intake",
                "Initial Psychosocial Assessment",
            )
        ),
        "\n",
    )
    b(
        "Date of assessment: ",
        g.date(d, g.pick(("mm/dd/yyyy", "d Month yyyy"))),
        "   Modality: ",
        g.pick(("in person", "telehealth (video)", "phone")),
        "\n",
    )
    b("Client name: ", g.name(p, g.pick(("full", "LAST_FIRST"))))
    if g.chance(0.6):
        b("   Preferred name: ", ent(_nickname(p), "PERSON"))
    b("   Pronouns: ", g.pick(("she/her", "he/him", "they/them")), "\n")
    age = g.age()
    b("DOB: ", g.date(_born(g, d, age), g.pick(("mm/dd/yyyy", "m/d/yyyy", "d Mon yyyy")), dob=True))
    b("   Age: ", age, "   Client ID: ", g.ident("mrn"), "\n")
    b(
        "Address: ",
        one_line(a),
        "\nPhone: ",
        g.phone(p.loc),
        g.pick((" (ok to leave message)", " (do NOT leave detailed VM)", "")),
        "\n",
    )
    b(
        "Emergency contact: ",
        g.name(ec, "full"),
        " (",
        g.pick(("mother", "father", "sister", "friend", "brother")),
        ") ",
        g.phone(ec.loc, ext=0),
        "\n",
    )
    src = g.rng.randrange(3)
    b("Referral source: ")
    if src == 0:
        b("PCP Dr. ", g.name(ref_doc, g.pick(("last", "full"))), "\n\n")
    elif src == 1:
        b("self-referred via website\n\n")
    else:
        b("EAP through employer (", g.org(), ")\n\n")
    worry = g.pick(
        (
            "I can't switch my brain off at night",
            "everything feels like too much since the move",
            "I've been having panic attacks at work",
            "I just feel flat, nothing is fun anymore",
        )
    )
    b(
        'PRESENTING PROBLEM: Client states "',
        worry,
        '." Reports ',
        g.pick(("6 months", "about a year", "3-4 weeks")),
        " of ",
        g.pick(
            (
                "low mood, anhedonia and early waking",
                "worry, muscle tension and poor concentration",
                "intermittent panic with palpitations and derealization",
            )
        ),
        ". Sleep ~",
        str(g.rng.randrange(3, 7)),
        " h/night. Appetite ",
        g.pick(("decreased", "unchanged", "increased")),
        ".\n\n",
    )
    town = _other_town(g, p.loc, a.city.text)
    b(
        "PSYCHOSOCIAL HISTORY: Grew up in ",
        town,
        ", ",
        g.pick(("youngest of three", "only child", "middle of five")),
        ". Currently lives with ",
        g.pick(("partner", "husband", "wife", "roommate")),
        " ",
        g.name(partner, "first"),
        " and ",
        g.pick(("a dog", "two children (7 and 10)", "no pets")),
        ". Works as ",
        _a(g.pick(vocab.JOB_TITLES).lower()),
        " at ",
        g.org(),
        "; ",
        g.pick(("on leave since ", "started new role on ", "reduced hours since ")),
        g.date(d - timedelta(days=g.rng.randrange(20, 200)), g.pick(("Month d", "m/d/yy", "d Mon"))),
        ". ",
        g.pick(
            ("Alcohol 2-3 drinks/wk, denies drugs.", "Denies substance use.", "Cannabis nightly for sleep.")
        ),
        "\n\n",
    )
    b(
        "RISK: Denies current SI/HI. ",
        g.pick(("One past episode of passive SI in 2016, no attempts.", "No history of self-harm.")),
        " C-SSRS screen negative. Protective factors: ",
        g.pick(("family, pets, faith", "partner, job, future plans")),
        ".\n",
        'MSE: casually groomed, cooperative, speech normal rate, mood "',
        g.pick(("tired", "anxious", "meh")),
        '", affect congruent, TP linear, insight/judgment fair-good.\n',
        f"PHQ-9: {g.rng.randrange(5, 22)}   GAD-7: {g.rng.randrange(4, 20)}\n",
        "IMPRESSION: ",
        g.pick(
            (
                "F41.1 Generalized anxiety disorder",
                "F32.1 Major depressive disorder, single episode, moderate",
                "F43.23 Adjustment disorder with mixed anxiety and depressed mood",
            )
        ),
        "\n",
        "PLAN: weekly CBT x12; safety plan reviewed; release signed for PCP coordination; next appt ",
        filler.weekday(g),
        " ",
        _hm(g.rng.randrange(9 * 60, 17 * 60), ampm=True),
        ".\n\n",
    )
    b(
        g.name(clin, "full"),
        ", ",
        g.pick(("LCSW", "LPC", "PsyD", "LMFT")),
        "  License #",
        g.ident("professional"),
        "\n",
    )


@T("clinical_note")
def falls_incident_report(g: Gen, b: Builder) -> None:
    p, finder, dr, reporter, w2, nok = (g.person() for _ in range(6))
    d = g.day()
    uk = p.loc in ("en_GB", "en_IE") or g.chance(0.3)
    b(
        g.pick(("INCIDENT REPORT FORM", "Patient Safety Incident Report", "ADVERSE EVENT / INCIDENT REPORT")),
        "   Ref: ",
        g.ref(text=g.fill("W######")),
        "\n",
    )
    style = g.pick(("dd/mm/yyyy", "d Mon yyyy", "mm/dd/yyyy"))
    b("Date of incident: ", g.date(d, style))
    tm = g.rng.randrange(0, 24 * 60)
    b(
        "   Time: ",
        _hm(tm, sep=g.pick((":", ""))),
        "   Location: ",
        g.pick(
            (
                "Ward 7B, bay 3, bed 4",
                "4 North, room 412",
                "Elderly Care Unit, side room 2",
                "Stroke Unit, bay 1",
            )
        ),
        "\n",
    )
    b(
        "Category: Slips, trips and falls > Patient found on floor   Harm: ",
        g.pick(("No harm", "Low", "Moderate")),
        "\n\n",
    )
    b("PERSON AFFECTED\nName: ", g.name(p, g.pick(("full", "UPPER", "LAST_FIRST"))), "\n")
    if uk:
        b("Hospital no: ", g.ident("mrn"), "   NHS no: ", g.ident("nhs"), "\n")
    else:
        b("MRN: ", g.ident("mrn"), "\n")
    age = g.age()
    b("DOB: ", g.date(_born(g, d, age), style, dob=True))
    b("   Age: ", age, "\n\n")
    b(
        "DESCRIPTION (facts only, no opinions):\n",
        "Patient found sitting on floor beside bed by ",
        g.pick(("HCA ", "SN ", "nurse ")),
        g.name(finder, g.pick(("full", "first"))),
        " at ",
        _hm(tm, sep=""),
        " hrs during intentional rounding. Call bell ",
        g.pick(("within reach", "not within reach", "on floor")),
        ", bed rails ",
        g.pick(("up x2", "down", "not in use")),
        '. Patient states "',
        g.pick(
            (
                "I needed the toilet and didn't want to bother anyone",
                "my legs just went",
                "I thought I was at home",
            )
        ),
        '". ',
        g.pick(
            ("No visible injury.", "Small skin tear L forearm, dressed.", "Bruise to R hip, c/o pain 4/10.")
        ),
        "\n\n",
        "IMMEDIATE ACTION: Neuro obs commenced. Reviewed by ",
        g.pick(("Dr ", "Dr. ")),
        g.name(dr, g.pick(("full", "last"))),
        " (",
        g.pick(("FY1", "SHO", "on-call registrar", "hospitalist")),
        ") at ",
        _hm(tm + g.rng.randrange(10, 50)),
        ". ",
        g.pick(
            ("X-ray hip requested.", "No further investigations needed.", "CT head requested as on apixaban.")
        ),
        " Falls risk assessment updated, bed lowered, sensor mat in place.\n\n",
    )
    b(
        "Witnesses: ",
        g.name(w2, g.pick(("full", "initial"))),
        g.pick((", Staff Nurse", ", HCA", ", student nurse")),
        "\n",
    )
    b(
        "Next of kin informed: Yes - ",
        g.name(nok, "full"),
        " (",
        g.pick(("son", "daughter", "wife", "husband", "niece")),
        ") on ",
        g.phone(p.loc, ext=0),
        " at ",
        _hm(tm + g.rng.randrange(120, 400) if tm < 18 * 60 else 8 * 60 + 30),
        "\n",
    )
    b(
        "Duty of candour: ",
        g.pick(("not applicable (no/low harm)", "verbal apology given, letter to follow")),
        "\n",
        "Reported by: ",
        g.name(reporter, g.pick(("full", "initial"))),
        ", ",
        g.pick(("Band 5 RN", "Ward Sister", "Charge Nurse")),
        ", ext ",
        ent(g.digits(4), "PHONE_NUMBER"),
        "   Date reported: ",
        g.date(d + timedelta(days=g.rng.randrange(0, 2)), style),
        "\n",
    )


# ---------------------------------------------------------------- support e-mails

_DAYS3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TZ = ("-0700", "-0400", "-0500", "+0000", "+0100", "+0200", "+1000")


def _rfc_date(g: Gen, d: date, m: int, tz: str) -> tuple:
    """An RFC 5322 Date: header value; only the calendar date is a span."""
    day = ent(f"{d.day} {vocab.MONTHS[d.month - 1][:3]} {d.year}", "DATE")
    return (f"{_DAYS3[d.weekday()]}, ", day, f" {_hm(m)}:{g.rng.randrange(60):02d} {tz}")


_RELAYS = (
    ("mail-wr1-f54.google.com", "209.85.221."),
    ("mail-ej1-f41.google.com", "209.85.218."),
    ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22."),
    ("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.92."),
    ("sonic301-2.consmr.mail.bf2.yahoo.com", "74.6.131."),
)


def _relay(g: Gen) -> tuple[str, Ent]:
    host, prefix = g.pick(_RELAYS)
    return host, ent(f"{prefix}{g.rng.randrange(1, 255)}", "IP_ADDRESS")


_DIGEST_REPLIES = (
    "Rolling back to the previous build fixed it for me. Steps: uninstall, delete the cache folder, "
    "reinstall.",
    "It's a known bug, see the tracker. The maintainers said it should be fixed in the next point release.",
    "Can you post the log? Run it with --verbose and paste it somewhere. It's usually a permissions thing.",
)


def _qp(text: str, width: int = 75) -> str:
    """Quoted-printable soft line breaks and an encoded apostrophe, for plain prose only."""
    text = text.replace("'", "=E2=80=99")
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            out.append(line + " =")
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*out, line])


@T("support_email")
def raw_mime_source(g: Gen, b: Builder) -> None:
    p = g.person()
    org = g.org()
    domain = g.domain_of(org)
    d = g.day(2019, 2024)
    m = g.rng.randrange(6 * 60, 23 * 60)
    tz = g.pick(_TZ)
    sender = g.email(p)
    sup = ent(g.pick(("support", "help", "care", "service")) + "@" + domain, "EMAIL_ADDRESS")
    relay, server = _relay(g)
    client = g.ip()
    boundary = g.fill("000000000000##@@##@@##@@#")
    msgid = g.fill("CA@@##@@#@#@@@##@@@#@@##@@@#")
    b("Delivered-To: ", sup, "\n")
    b(
        "Received: by 2002:a05:7300:",
        g.fill("####:b0:#@#:####"),
        " with SMTP id ",
        g.fill("@@##@@#####@@@"),
        ";\n        ",
    )
    b(*_rfc_date(g, d, m, tz), "\n")
    b("Return-Path: <", sender, ">\n")
    b(
        "Received: from ",
        relay,
        " (",
        relay,
        " [",
        server,
        "])\n        by mx1.",
        domain,
        " (Postfix) with ESMTPS id ",
        g.fill("4@@#@@#@@#@"),
        "\n        for <",
        sup,
        ">; ",
        *_rfc_date(g, d, m, tz),
        "\n",
    )
    b(
        "Authentication-Results: mx1.",
        domain,
        ";\n       spf=pass (domain of ",
        sender,
        " designates ",
        server,
        " as permitted sender)\n",
    )
    if g.chance(0.6):
        b("X-Originating-IP: [", client, "]\n")
    else:
        b("X-Received: by ", client, " with HTTP; ", *_rfc_date(g, d, m, tz), "\n")
    if g.chance(0.7):
        b('From: "', g.name(p, g.pick(("full", "full", "last_first", "UPPER"))), '" <', sender, ">\n")
    else:
        b("From: ", sender, "\n")
    b("To: ", org, " Support <", sup, ">\n")
    topic = g.pick(("Re: [Case #", "RE: Ticket ", "Fwd: Your order ", "Complaint - order "))
    b("Subject: ", topic, g.ref(), g.pick(("]", "", " - still not resolved", " — please escalate")), "\n")
    b("Date: ", *_rfc_date(g, d, m, tz), "\nMessage-ID: <", msgid, "@mail.gmail.com>\nMIME-Version: 1.0\n")
    b('Content-Type: multipart/alternative; boundary="', boundary, '"\n\n--', boundary, "\n")
    b('Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n')
    b(g.pick(("Hi,", "Hello there,", "To whom it may concern,", "Hi team,")), "\n\n")
    prose = (
        f"This is the third time I'm writing about this. {filler.issue(g).capitalize()} and nobody has "
        f"come back to me, even though your chat agent promised a call within 48 hours. I've attached the "
        f"screenshot of the error and the receipt."
    )
    b(_qp(prose), "\n\n")
    a = address(g, p.loc)
    b("Delivery address on the account is ", one_line(a), ". ")
    b("Best number is ", g.phone(p.loc, ext=0), g.pick((" after 5pm.", ", mornings only.", ".")), "\n\n")
    b("Thanks,\n", g.name(p, g.pick(("first", "full"))), "\n\n")
    if g.chance(0.5):
        b(
            "On ",
            g.date(d - timedelta(days=g.rng.randrange(2, 20)), g.pick(("Mon d, yyyy", "d Mon yyyy"))),
            ", at ",
            _hm(g.rng.randrange(8 * 60, 18 * 60)),
            ", ",
            org,
            " <",
            ent("noreply@" + domain, "EMAIL_ADDRESS"),
            "> wrote:\n",
        )
        b(
            "> Thank you for contacting us. Your request has been received and a member of our team will "
            "be in touch.\n"
        )
        b("> Please do not reply to this message.\n\n")
    b("--", boundary, "--\n")


_SAR_EN = (
    "Full name",
    "Previous surname",
    "Date of birth",
    "Current address",
    "Previous address",
    "Customer number",
    "Email addresses used",
    "Mobile",
)
_SAR_DE = (
    "Name",
    "Geburtsname",
    "Geburtsdatum",
    "Anschrift",
    "Frühere Anschrift",
    "Kundennummer",
    "E-Mail",
    "Telefon",
)
_SAR_FR = (
    "Nom et prénom",
    "Nom de naissance",
    "Date de naissance",
    "Adresse",
    "Ancienne adresse",
    "N° client",
    "E-mail",
    "Téléphone",
)


@T("support_email")
def subject_access_request(g: Gen, b: Builder) -> None:
    p = g.person()
    lang = {"de_DE": "de", "fr_FR": "fr"}.get(p.loc, "en")
    org = g.org()
    domain = g.domain_of(org)
    d = g.day()
    email = g.email(p)
    dpo = ent(
        g.pick(("privacy", "dpo", "dataprotection", "datenschutz" if lang == "de" else "gdpr"))
        + "@"
        + domain,
        "EMAIL_ADDRESS",
    )
    b("From: ", g.name(p, "full"), " <", email, ">\nTo: ", dpo, "\n")
    if lang == "de":
        b("Betreff: Auskunftsersuchen nach Art. 15 DSGVO – ", g.name(p, "full"), "\n\n")
        b("Sehr geehrte Damen und Herren,\n\n")
        b(
            "hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir "
            "mit, ob Sie "
            "personenbezogene Daten über mich verarbeiten, und stellen Sie mir eine Kopie dieser Daten zur "
            "Verfügung. "
            "Zur Identifikation:\n\n"
        )
        labels = _SAR_DE
    elif lang == "fr":
        b("Objet : Demande d'accès à mes données personnelles (article 15 du RGPD)\n\n")
        b("Madame, Monsieur,\n\n")
        b(
            "En application de l'article 15 du RGPD, je vous prie de m'indiquer si des données me "
            "concernant sont "
            "traitées par ",
            org,
            " et, le cas échéant, de m'en communiquer une copie. Pour m'identifier :\n\n",
        )
        labels = _SAR_FR
    else:
        b("Subject: Subject access request", g.pick((" – ", " - ", ": ")), g.name(p, "full"), "\n\n")
        b(g.pick(("Dear Data Protection Officer,", "Dear Sir or Madam,", "To the DPO,")), "\n\n")
        b(
            "I am writing to make a subject access request under Article 15 of the ",
            {"en_GB": "UK GDPR", "en_IE": "GDPR"}.get(
                p.loc, g.pick(("GDPR", "General Data Protection Regulation"))
            ),
            " for all personal data ",
            org,
            " holds about me. To help you locate my records:\n\n",
        )
        labels = _SAR_EN
    w = max(len(x) for x in labels) + 3
    b(f"{labels[0] + ':':<{w}}", g.name(p, "full"), "\n")
    if p.female and g.chance(0.4):
        b(f"{labels[1] + ':':<{w}}", ent(g.fake(p.loc).last_name(), "PERSON"), "\n")
    b(f"{labels[2] + ':':<{w}}", _dob(g, ("dd/mm/yyyy", "dd.mm.yyyy", "d Month yyyy")), "\n")
    b(f"{labels[3] + ':':<{w}}", one_line(address(g, p.loc)), "\n")
    if g.chance(0.5):
        b(f"{labels[4] + ':':<{w}}", one_line(address(g, p.loc)), "\n")
    b(f"{labels[5] + ':':<{w}}", g.ident("account"), "\n")
    emails = [email] + ([g.email(p)] if g.chance(0.5) else [])
    b(f"{labels[6] + ':':<{w}}", *[x for i, e in enumerate(emails) for x in ([", "] * bool(i) + [e])], "\n")
    b(f"{labels[7] + ':':<{w}}", g.phone(p.loc), "\n\n")
    town = address(g, p.loc).city
    seen = d - timedelta(days=g.rng.randrange(20, 300))
    deadline = g.date(d + timedelta(days=30), g.pick(("d Month yyyy", "dd.mm.yyyy", "dd/mm/yyyy")))
    if lang == "de":
        b(
            "Bitte beziehen Sie auch Gesprächsaufzeichnungen meiner Anrufe vom ",
            g.date(seen, "dd.mm.yyyy"),
            " sowie Videoaufnahmen aus Ihrer Filiale in ",
            town,
            " ein. Für die Auskunft setze ich Ihnen eine Frist bis zum ",
            deadline,
            ".\n\nMit freundlichen Grüßen\n",
            g.name(p, "full"),
            "\n",
        )
    elif lang == "fr":
        b(
            "Merci d'inclure également les enregistrements de mes appels du ",
            g.date(seen, "dd/mm/yyyy"),
            " et les images de vidéosurveillance de votre magasin de ",
            town,
            ". Conformément au RGPD, j'attends votre réponse au plus tard le ",
            deadline,
            ".\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n",
            g.name(p, "full"),
            "\n",
        )
    else:
        b(
            "Please include recordings of my calls to your helpline on ",
            g.date(seen, g.pick(("d Month yyyy", "dd/mm/yyyy"))),
            ", any CCTV footage from your ",
            town,
            " store that shows me, the sources of the data and any third parties it was shared with. ",
            "I expect a response within one calendar month, i.e. by ",
            deadline,
            ". ",
            "Please send the information electronically to this address; I have attached a copy of my ",
            g.pick(("passport", "driving licence")),
            " for verification.\n\n",
            g.pick(("Yours faithfully,", "Kind regards,")),
            "\n",
            g.name(p, "full"),
            "\n",
        )


@T("support_email")
def card_fraud_report(g: Gen, b: Builder) -> None:
    p = g.person()
    bank = ent(g.pick(_FAKE_BANKS), "ORGANIZATION")
    bank_domain = g.domain_of(bank)
    d = g.day()
    last4 = g.digits(4)
    cur = {"en_GB": "£", "en_US": "$", "en_CA": "$", "en_AU": "$", "pt_BR": "R$"}.get(p.loc, "€")
    b("From: ", g.email(p), "\nTo: ", ent("fraud@" + bank_domain, "EMAIL_ADDRESS"), "\n")
    b(
        "Subject: ",
        g.pick(
            (
                "URGENT - transactions I did not make",
                "Fraud on my card!!",
                "Unauthorised payments - please block card",
            )
        ),
        "\n\n",
    )
    b(g.pick(("Hello,", "Hi,", "Dear Sir/Madam,", "To the fraud team,")), "\n\n")
    b(
        "This morning I noticed ",
        str(g.rng.randrange(2, 5)),
        " payments on my ",
        g.pick(("Visa debit", "credit card", "Mastercard")),
        " ending ",
        g.ref(text=last4),
        " that I did not make:\n\n",
    )
    merchants = (
        "AMZN Mktp US*2K4L",
        "UBER *TRIP",
        "STEAMGAMES.COM 4259522985",
        "APPLE.COM/BILL",
        "WWW.ALIEXPRESS.COM",
        "TOPUP VODAFONE",
    )
    picked = g.rng.sample(merchants, g.rng.randrange(2, 5))
    days = sorted(d - timedelta(days=g.rng.randrange(0, 3)) for _ in picked)
    for merch, dd in zip(picked, days, strict=True):
        b(
            "  ",
            g.date(dd, "m/d" if _us_like(p.loc) else "d Mon"),
            f"   {merch:<28} {cur}{_money(g, 5, 900)}\n",
        )
    b(
        "\nI still have the card in my wallet and have not given the number to anyone. Yesterday I got a "
        "text from ",
        g.phone(p.loc, ext=0),
        " saying my parcel was held and I had to pay a redelivery fee. I think I clicked the link from my "
        "laptop. ",
        "Your security email says there was a login from ",
        g.ip(),
        g.pick((" which is not me", ", that isn't my IP", "")),
        " - I live in ",
        address(g, p.loc).city,
        ".\n\n",
    )
    if g.chance(0.5):
        b("The full card number is ", g.card(), " (sorry, I know I shouldn't send it by email) ")
        b("and the expiry is ", f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(25, 30)}", ".\n\n")
    b(
        "Please block the card and send a new one to my address on file:\n\n",
        g.name(p, "full"),
        "\n",
        block(address(g, p.loc)),
        "\n",
    )
    b(
        "Date of birth: ",
        _dob(g, ("dd/mm/yyyy", "mm/dd/yyyy", "Month d, yyyy")),
        "\n",
    )
    if p.loc == "en_US":
        b("Last 4 of SSN: ", g.ref(text=g.digits(4)), "\n")
    elif p.loc in ("en_GB", "en_IE"):
        b("Sort code: ", g.ref(text=g.fill("##-##-##")), "\n")
    b(
        "Phone: ",
        g.phone(p.loc),
        "\n\n",
        g.pick(("Thanks", "Regards", "Please call me asap")),
        ",\n",
        g.name(p, g.pick(("first", "full"))),
        "\n\n",
    )
    b(
        "-----Original Message-----\nFrom: ",
        bank,
        " Alerts <",
        ent("alerts@" + bank_domain, "EMAIL_ADDRESS"),
        ">\n",
        "Sent: ",
        g.date(d, "Month d, yyyy"),
        " ",
        _hm(g.rng.randrange(0, 6 * 60), ampm=True),
        "\n",
        "Subject: Did you make this purchase?\n\n",
        f"Fraud alert: card ending {last4} was used for {cur}{_money(g, 100, 900)} at WWW.ALIEXPRESS.COM. ",
        "Reply YES if this was you or NO if not. Do not share one-time passcodes with anyone.\n",
    )


_RMA_PRODUCTS = (
    ("Aeris X2 robot vacuum", "no longer charges on the dock, light blinks orange"),
    ("Nordic Brew 12-cup coffee maker", "leaks from the bottom after every brew"),
    ('Vanta 27" monitor', "has a vertical green line down the left third of the screen"),
    ("Pulse ANC headphones", "right ear cup cuts out unless I press on it"),
    ("Kestrel e-bike battery 36V", "drops from 60% to 0% in a few minutes"),
)
_MOBILE_SIGS = (
    "Sent from my iPhone",
    "Sent from my Galaxy",
    "Get Outlook for Android",
    "Sent from Yahoo Mail on Android",
    "Sent from my iPad",
    "Von meinem iPhone gesendet",
)


@T("support_email")
def warranty_rma_request(g: Gen, b: Builder) -> None:
    p = g.person()
    org = g.org()
    product, fault = g.pick(_RMA_PRODUCTS)
    d = g.day()
    retailer = ent(
        g.pick(("Best Buy", "Currys", "MediaMarkt", "Amazon", "John Lewis", "Costco")), "ORGANIZATION"
    )
    serial = g.ref(text=g.fill(g.pick(("SN@@#######", "##@@##@#####", "@#########@"))))
    b(
        "Subject: ",
        g.pick(("Warranty claim - ", "RMA request: ", "Faulty ")),
        product,
        " (S/N ",
        serial,
        ")\n\n",
    )
    b("Hi ", org, " team,\n\n")
    b(
        "I bought a ",
        product,
        " from ",
        retailer,
        " on ",
        g.date(d, g.pick(("d Month yyyy", "Month d, yyyy", "m/d/yy"))),
    )
    b(" (order ", g.ref(), ") and since last week it ", fault, ". ")
    b(
        "I've already tried a factory reset, a different socket and the troubleshooting steps on your "
        "website, no change.\n\n"
    )
    b("Serial: ", serial, "\nModel: ", g.fill("@@-###"), "\nPurchase date: ", g.date(d, "dd/mm/yyyy"), "\n\n")
    if g.chance(0.5):
        b("Photos and the receipt are attached. ")
    b("If you need to collect it, the address is:\n\n", g.name(p, g.pick(("full", "UPPER"))), "\n")
    b(block(address(g, p.loc), g.pick(("", "  "))), "\n")
    b(
        "Best to call me after 5 on ",
        g.phone(p.loc, ext=0),
        g.pick((" or just reply here.", ".", " (mobile)")),
        "\n\n",
    )
    b(
        g.pick(("Cheers", "Thanks", "Thanks in advance", "Regards")),
        "\n",
        g.name(p, g.pick(("first", "first", "full"))),
        "\n\n",
    )
    b(g.pick(_MOBILE_SIGS), "\n")
    if g.chance(0.4):
        b(
            "\n",
            g.pick(("On ", "Am ")),
            g.date(d + timedelta(days=g.rng.randrange(20, 200)), "d Mon yyyy"),
            ", at ",
            _hm(g.rng.randrange(600, 1300)),
            ", ",
        )
        b(g.email(p), " wrote:\n> Hi, any update on this? Still waiting for the returns label.\n")


_ESC_EVENTS = (
    "engineer appointment booked (ref {ref}), engineer did not attend",
    "called your helpline, waited {n} minutes, spoke to {agent} who promised a callback within 48 hours",
    'no callback. Called again, spoke to {agent} in the {town} team, who said the fault was "on the '
    'network side"',
    "received a text saying the fault was fixed. It was not",
    "second engineer visit (ref {ref}); he said the line had never been connected at the cabinet",
    "billed in full for a month with no service",
    "online chat with {agent}, transcript saved, told to wait another 10 working days",
)


@T("support_email")
def ceo_escalation_letter(g: Gen, b: Builder) -> None:
    p, ceo = g.person(), g.person()
    org = g.org()
    domain = g.domain_of(org)
    uk = p.loc in ("en_GB", "en_IE")
    start = g.day(2020, 2024)
    b(
        "To: ",
        ent(
            g.pick(("ceo", "chief.executive", "ceo.office", "executive.office")) + "@" + domain,
            "EMAIL_ADDRESS",
        ),
        "\n",
    )
    b("Cc: ", ent(g.pick(("complaints", "customer.relations")) + "@" + domain, "EMAIL_ADDRESS"), "\n")
    b(
        "Subject: Formal complaint – ",
        g.pick(
            (
                "four months without a working broadband line",
                "repeated billing errors on my account",
                "missed installation appointments",
            )
        ),
        "\n\n",
    )
    b("Dear ", g.pick(("Mr ", "Ms ", "Mx ", "Dr ")) if uk else g.title(ceo), g.name(ceo, "last"), ",\n\n")
    b(
        "I am writing to you directly because I have exhausted every other route. My account number is ",
        g.ident("account"),
        " and the service address is ",
        one_line(address(g, p.loc)),
        ".\n\nTimeline:\n",
    )
    day = start
    dstyle = g.pick(("d Mon", "d Mon", "Month d", "d Month"))
    town = address(g, g.locale).city
    for tmpl in g.rng.sample(_ESC_EVENTS, g.rng.randrange(4, 7)):
        day = day + timedelta(days=g.rng.randrange(2, 18))
        b("- ", g.date(day, dstyle), ": ")
        # fill the placeholders as pieces
        text = tmpl
        while "{" in text:
            head, tail = text.split("{", 1)
            key, text = tail.split("}", 1)
            b(head)
            if key == "ref":
                b(g.ref())
            elif key == "n":
                b(str(g.rng.randrange(25, 95)))
            elif key == "agent":
                q = g.pick(('"', ""))
                b(q, g.name(g.person(), "first"), q)
            else:
                b(town)
        b(text, ".\n")
    b(
        "\nI work from home as ",
        _a(g.pick(vocab.JOB_TITLES).lower()),
        " and have had to use mobile data at my own cost. ",
        "I have been a customer since ",
        str(g.rng.randrange(2005, 2019)),
        ".\n\nI would like:\n",
        "1. the fault fixed and a named contact until it is;\n2. a refund of every month without "
        "service;\n3. compensation for the mobile data.\n\n",
        "If this is not resolved within eight weeks I will refer it to the ",
        g.pick(("Ombudsman", "regulator", "FCC")),
        ".\n\n",
        "Yours sincerely,\n\n",
        g.name(p, "full"),
        "\n",
        g.phone(p.loc, ext=0),
        g.pick((" (mobile)", "", " - daytime")),
        "\n",
    )


@T("support_email")
def mailing_list_digest(g: Gen, b: Builder) -> None:
    product = g.pick(("Tinkerbox", "OpenPlot", "Homestead NAS", "Riverdb", "Quillnote"))
    lst = product.lower().replace(" ", "-") + "-users"
    host = g.pick(("lists.example.org", "lists.sourcehut.org", "groups.io", "lists.riseup.net"))
    addr = ent(f"{lst}@{host}", "EMAIL_ADDRESS")
    d = g.day(2019, 2024)
    people = [
        g.person(g.pick(("en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "pl_PL", "sv_SE"))) for _ in range(3)
    ]
    g.multi = True
    subjects = g.rng.sample(_ISSUE_SUBJECTS, 3)
    emails = [g.email(x) for x in people]
    b("Send ", product, "-users mailing list submissions to\n\t", addr, "\n\n")
    b("Today's Topics:\n\n")
    for i, (x, s) in enumerate(zip(people, subjects, strict=True)):
        b(
            f"   {i + 1}. ",
            "Re: " if i != 1 else "",
            s,
            " (",
            g.name(x, "full") if i != 1 else emails[i],
            ")\n",
        )
    b("\n\n", "-" * 70, "\n")
    for i, (x, s) in enumerate(zip(people, subjects, strict=True)):
        m = g.rng.randrange(6 * 60, 23 * 60)
        b("\nMessage: ", str(i + 1), "\nDate: ", *_rfc_date(g, d, m, g.pick(_TZ)), "\n")
        if i != 1:
            b("From: ", g.name(x, g.pick(("full", "full", "lower"))), " <", emails[i], ">\n")
        else:
            b("From: ", emails[i], "\n")
        b(
            "To: ",
            addr,
            "\nSubject: ",
            "Re: " if i != 1 else "",
            "[",
            product,
            "] ",
            s,
            "\nMessage-ID:\n\t<",
            g.fill("@@#@#@@##@@#"),
            "@",
            g.domain_of(g.org()),
            ">\n",
        )
        b('Content-Type: text/plain; charset="us-ascii"\n\n')
        if i != 1:
            other = people[(i + 1) % 3]
            b(
                "On ",
                g.date(d - timedelta(days=1), g.pick(("Mon d, yyyy", "d Mon yyyy"))),
                " at ",
                _hm(m - 200, ampm=True),
                ", ",
                g.name(other, "full"),
                " <",
                emails[(i + 1) % 3],
                "> wrote:\n",
            )
            b("> Same here since the update. Did anyone find a workaround?\n\n")
        if i == 1:
            b(
                "Since this morning the app no longer sees anything on the network. Restarted everything "
                "twice. ",
                "Is this a known issue, or is it just me?\n",
            )
        else:
            b(g.pick(_DIGEST_REPLIES), "\n")
        if g.chance(0.6):
            b("\n--\n", g.name(x, "full"), g.pick((" | ", "\n")), address(g, x.loc).city, "\n")
        if i == 1 and g.chance(0.6):
            b("My setup, in case it matters: running it on the box at ", g.ip(), " behind the router.\n")
        b("\n", "-" * 30, "\n")
    b("\n_______________________________________________\n", product, "-users mailing list\n", addr, "\n")
    b(
        f"https://{host}/mailman/listinfo/{lst}\n\nEnd of ",
        product,
        "-users Digest, Vol ",
        str(g.rng.randrange(5, 90)),
        ", Issue ",
        str(g.rng.randrange(1, 31)),
        "\n",
    )


# ---------------------------------------------------------------- transcripts and conversation logs

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spoken_digits(text: str) -> str:
    """A number as an ASR transcript writes it: digit words, groups kept apart by commas."""
    groups = [grp for grp in "".join(c if c.isdigit() else " " for c in text).split() if grp]
    return ", ".join(" ".join(_DIGIT_WORDS[int(c)] for c in grp) for grp in groups)


@T("chat_transcript")
def deposition_transcript(g: Gen, b: Builder) -> None:
    w, atty, opp, sup, reporter = (g.person() for _ in range(5))
    org = g.org()
    a = address(g, w.loc)
    d = g.day()
    incident = g.day(d.year - 3, d.year - 1)
    mr = "MS." if atty.female else "MR."
    opp_mr = "MS." if opp.female else "MR."
    sup_title = "Ms." if sup.female else "Mr."
    b(upper(g.name(w, "last")), " v. ", upper(org), "  Case No. ", g.ref(text=g.fill("#:2#-cv-#####")), "\n")
    b(
        "Deposition of ",
        g.name(w, "UPPER"),
        "  -  ",
        g.date(d, g.pick(("Month d, yyyy", "mm/dd/yyyy"))),
        "\n\n",
    )
    rows: list[tuple] = [
        (
            "Q.   (BY ",
            mr,
            " ",
            upper(g.name(atty, "last")),
            ")  Please state your full name",
        ),
        ("     for the record.",),
        ("A.   ", g.name(w, g.pick(("full", "middle"))), "."),
        ("Q.   Have you ever been known by any other name?",),
    ]
    if w.female and g.chance(0.5):
        rows.append(("A.   My maiden name was ", ent(g.fake(w.loc).last_name(), "PERSON"), "."))
    else:
        rows.append(("A.   Just ", ent(_nickname(w), "PERSON"), ". Everybody calls me that."))
    rows += [
        ("Q.   And what is your current residential address?",),
        ("A.   ", a.street, ", ", a.city, "."),
        ("Q.   How long have you lived there?",),
        (
            "A.   Since ",
            ent(f"{g.pick(vocab.MONTHS)} of {g.rng.randrange(2008, d.year)}", "DATE"),
            ", I think.",
        ),
        ("Q.   What is your date of birth?",),
        ("A.   ", g.date(_dob_day(g), g.pick(("Month dth, yyyy", "Month d, yyyy")), dob=True), "."),
        ("Q.   Where were you employed on ", g.date(incident, "Month d, yyyy"), "?"),
        (
            "A.   At ",
            org,
            " " if org.text.endswith(".") else ". ",
            "I was ",
            _a(g.pick(vocab.JOB_TITLES).lower()),
            ".",
        ),
        ("Q.   And who was your direct supervisor at that time?",),
        ("              ", opp_mr, " ", upper(g.name(opp, "last")), ":  Objection. Form."),
        ("Q.   You can answer.",),
        ("A.   That would have been ", g.name(sup, "full"), "."),
        (
            "Q.   Did you ever receive messages from ",
            sup_title,
            " ",
            g.name(sup, "last"),
            " outside of",
        ),
        ("     work channels?",),
    ]
    if g.chance(0.5):
        rows += [
            (
                "A.   Yes. Texts, from his personal cell."
                if not sup.female
                else "A.   Yes. Texts, from her personal cell.",
            ),
            ("Q.   Do you recall that number?",),
            ("A.   I have it saved. It's ", g.phone(sup.loc, ext=0), "."),
        ]
    else:
        rows += [
            ("A.   Yes, e-mails. From a Gmail account.",),
            (
                "Q.   I'm handing you what's been marked as Exhibit ",
                str(g.rng.randrange(3, 40)),
                ".",
            ),
            ("     Is that the address the e-mails came from?",),
            ("A.   Yes, ", g.email(sup, "gmail.com"), "."),
        ]
    rows += [
        (
            "Q.   After the meeting on ",
            g.date(incident + timedelta(days=g.rng.randrange(1, 20)), "Month d"),
            ", what did you do?",
        ),
        ("A.   I went home and wrote everything down. Then I called",),
        ("     my sister, ", g.name(g.person(w.loc, female=True), "first"), ", because I was upset."),
        ("              ", mr, " ", upper(g.name(atty, "last")), ":  Let's take five minutes."),
        ("              THE VIDEOGRAPHER:  We are going off the record.",),
        ("     The time is ", _hm(g.rng.randrange(9 * 60, 16 * 60), ampm=True), "."),
        ("              (Recess taken.)",),
    ]
    page = g.rng.randrange(8, 120)
    for i, row in enumerate(rows):
        if i % 25 == 0:
            b(f"{'':>60}Page {page + i // 25}\n")
        b(f"{i % 25 + 1:>2}   ", *row, "\n")
    b(
        "\n",
        g.pick(("CERTIFIED SHORTHAND REPORTER: ", "Reported by: ")),
        g.name(reporter, "full"),
        ", CSR No. ",
        g.ident("professional"),
        "\n",
    )


_VM_KINDS = ("clinic", "family", "collections", "driver", "recruiter")


@T("chat_transcript")
def voicemail_inbox_b(g: Gen, b: Builder) -> None:
    me = g.person()
    d = g.day(2018, 2024)
    b(
        g.pick(("Voicemail", "Visual Voicemail - export", "Google Voice: new voicemails")),
        "  (",
        g.email(me),
        ")\n\n",
    )
    kinds = g.rng.sample(_VM_KINDS, g.rng.randrange(3, 5))
    for k, kind in enumerate(kinds):
        caller = g.person(me.loc)
        number = g.phone(me.loc, ext=0)
        dd = d - timedelta(days=k * g.rng.randrange(0, 3))
        m = g.rng.randrange(8 * 60, 21 * 60)
        known = kind in ("family", "recruiter") and g.chance(0.6)
        b("From: ", *((g.name(caller, "full"), " (", number, ")") if known else (number,)), "\n")
        b(
            g.pick(("Received ", "")),
            g.date(dd, g.pick(("Month d, yyyy", "Mon d, yyyy", "m/d/yy"))),
            " at ",
            _hm(m, ampm=True),
            f"  ·  0:{g.rng.randrange(12, 59):02d}\n",
        )
        spoken = g.chance(0.4)

        def callback(loc: str, spoken: bool = spoken) -> Ent:
            num = g.phone(loc, ext=0)
            return ent(_spoken_digits(num.text), "PHONE_NUMBER") if spoken else num

        b('Transcript: "')
        if kind == "clinic":
            doc = g.person()
            b(
                "hi this message is for ",
                g.name(me, g.pick(("first", "first_lower", "full"))),
                " this is ",
                g.name(caller, "first"),
                " calling from doctor ",
                g.name(doc, g.pick(("last", "last"))),
                "'s office ",
                "just calling to confirm your appointment on ",
                g.date(dd + timedelta(days=g.rng.randrange(2, 20)), g.pick(("Mon dth", "Month d"))),
                " at ",
                _hm(g.rng.randrange(8 * 60, 17 * 60), ampm=True),
                " please bring your insurance card and arrive ",
                "fifteen minutes early if you need to reschedule give us a call back at ",
                callback(me.loc),
                " thank you",
            )
        elif kind == "family":
            b(
                g.pick(("hey it's me ", "hi sweetie it's mum ", "yo it's ")),
                g.name(caller, g.pick(("first", "first_lower"))),
                " um call me back when you get this I'm at ",
                g.name(g.person(me.loc), "first"),
                "'s place ",
                "my phone's about to die so ring me on ",
                g.pick(("her", "his")),
                " number it's ",
                callback(me.loc),
                " okay love you bye",
            )
        elif kind == "collections":
            b(
                "this is an important message for ",
                g.name(me, g.pick(("full", "full", "lower"))),
                " if you are not ",
                g.name(me, "first"),
                " please hang up this is ",
                g.name(caller, "full"),
                " with ",
                g.org(),
                " regarding your account ending in ",
                g.ref(text=g.digits(4)),
                " please return my call at ",
                callback(me.loc),
                " extension ",
                ent(g.digits(3), "PHONE_NUMBER"),
                " this is an attempt to collect a debt",
            )
        elif kind == "driver":
            a = address(g, me.loc)
            b(
                "hi uh it's your driver with the ",
                g.pick(("furniture delivery", "pharmacy order", "grocery order")),
                " I'm outside ",
                lower(a.street) if g.chance(0.5) else a.street,
                " nobody's answering the buzzer ",
                "I'll wait five minutes otherwise it goes back to the depot you can text me on ",
                callback(me.loc),
            )
        else:
            b(
                "hi ",
                g.name(me, "first"),
                " it's ",
                g.name(caller, "full"),
                " from ",
                g.org(),
                " I saw your profile ",
                "and have ",
                _a(g.pick(vocab.JOB_TITLES).lower()),
                " role that's a great match fully remote give me a call ",
                "on ",
                callback(me.loc),
                " or email me at ",
                g.email(caller),
                " thanks",
            )
        b('"\n', g.pick(("Was this transcription useful? Yes / No", "Transcription beta", "")), "\n\n")


@T("chat_transcript")
def dispatch_cad_log(g: Gen, b: Builder) -> None:
    p, caller = g.person(), g.person()
    a = address(g, p.loc)
    d = g.day()
    age = g.age(g.rng.randrange(60, 99) if g.chance(0.7) else None)
    t = g.rng.randrange(0, 24 * 60 * 60 - 4000)
    sec = t

    def ts(step: tuple[int, int]) -> str:
        nonlocal sec
        sec += g.rng.randrange(*step)
        s = sec % (24 * 3600)
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

    unit = g.pick(("M", "MED", "R", "A")) + str(g.rng.randrange(1, 30))
    eng = g.pick(("E", "ENG")) + str(g.rng.randrange(1, 30))
    pos = g.pick(("CT", "C", "PSAP")) + str(g.rng.randrange(1, 15))
    b("CAD INCIDENT DETAIL REPORT", " " * 10, "PRINTED: ", g.date(d + timedelta(days=1), "mm/dd/yyyy"), "\n")
    b(
        "INCIDENT: ",
        g.ref(text=g.fill("2#-######")),
        "   TYPE: ",
        g.pick(("MEDICAL-FALL", "SICK PERSON", "WELFARE CHECK")),
        "   PRI: ",
        str(g.rng.randrange(1, 4)),
        "\n",
    )
    b("LOCATION: ", upper(a.street), ", ", upper(a.city), "\n")
    b(
        "CALLER: ",
        g.name(caller, "LAST_FIRST"),
        "   CALLBACK: ",
        g.phone(caller.loc, ext=0),
        "   RELATION: ",
        g.pick(("NEIGHBOR", "DAUGHTER", "SON", "ALARM CO", "SELF")),
        "\n\n",
    )
    b("TIME      POS/UNIT  ENTRY\n")
    sex = "F" if p.female else "M"
    entries: list[tuple] = [
        (pos, ("CALL RECEIVED 911 WIRELESS PH2",)),
        (
            pos,
            (
                "RP ADV ",
                age,
                f"YO{sex} FELL IN BATHROOM, CONSCIOUS, CANNOT GET UP",
            ),
        ),
        (
            pos,
            ("PT NAME ", g.name(p, "LAST_FIRST"), " DOB ", g.date(_born(g, d, age), "mm/dd/yyyy", dob=True)),
        ),
        (
            pos,
            (
                g.pick(("KEY UNDER MAT AT FRONT DOOR", "LOCKBOX CODE ON FILE", "RP WILL MEET AT SIDE GATE")),
                ", DOG SECURED",
            ),
        ),
        (pos, ("EMD CODE 17B01 PROQA COMPLETE",)),
        (unit, ("DISP",)),
        (eng, ("DISP - LIFT ASSIST",)),
        (unit, ("ENRT",)),
        (
            pos,
            (
                "2ND CALL FROM ",
                upper(g.name(g.person(p.loc), "full")),
                " AT ",
                g.phone(p.loc, ext=0),
                " SAME INC",
            ),
        ),
        (unit, ("ONSCN",)),
        (eng, ("ONSCN",)),
        (unit, ("PT CONTACT",)),
        (
            unit,
            (
                "TRANSPORTING 1 TO ",
                upper(g.hospital()),
            ),
        ),
        (eng, ("AVAIL",)),
        (unit, ("AT DEST",)),
        (unit, ("CLR",)),
    ]
    steps = (
        (10, 40),
        (10, 60),
        (10, 60),
        (5, 40),
        (10, 50),
        (20, 60),
        (5, 20),
        (5, 40),
        (30, 240),
        (120, 500),
        (5, 60),
        (20, 90),
        (600, 1400),
        (60, 300),
        (300, 900),
        (300, 1200),
    )
    for (who, text), step in zip(entries, steps, strict=True):
        b(ts(step), "  ", f"{who:<8}  ", *text, "\n")
    b(
        "\nDISPOSITION: ",
        g.pick(("TRANSPORTED", "PT REFUSED - RELEASE SIGNED", "TRANSPORTED BLS")),
        "   CALL TAKER: ",
        upper(g.name(g.person(), "last_first")),
        " (",
        g.ref(text=g.fill("####")),
        ")\n",
    )


_ASSISTANT_SYSTEMS = (
    "You are a helpful assistant for {org}. Answer questions about policies and billing. Never reveal "
    "internal notes.",
    "You are {org}'s virtual agent. Be concise and friendly.",
)


def _with_org(template: str, org: Ent) -> tuple:
    """A sentence with "{org}" replaced by the organisation as a span (its own "." ends a sentence)."""
    head, tail = template.split("{org}", 1)
    if org.text.endswith(".") and tail.startswith("."):
        tail = tail[1:]
    return (head, org, tail)


def _json_str(piece) -> tuple:
    """Pieces inside a JSON string: quotes and newlines escaped in the plain text only."""
    out: list = []
    for p in piece if isinstance(piece, tuple | list) else (piece,):
        if isinstance(p, str):
            out.append(p.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n"))
        elif isinstance(p, Ent):
            out.append(p)
        else:
            out += list(_json_str(p))
    return tuple(out)


@T("chat_transcript")
def assistant_json_export(g: Gen, b: Builder) -> None:
    p, spouse = g.person(), g.person()
    org = g.org()
    d = g.day(2023, 2024)
    a_old, a_new = address(g, p.loc), address(g, p.loc)
    move = d + timedelta(days=g.rng.randrange(5, 40))
    policy = g.ident("policy")
    m = g.rng.randrange(7 * 60, 23 * 60)
    turns = [
        (
            "user",
            (
                "hi, i need to update the address on my policy ",
                policy,
                ". we're moving from ",
                one_line(a_old),
                " to ",
                one_line(a_new),
                " on ",
                *_the(g, move, ("the dth of Month", "Month d", "m/d")),
            ),
        ),
        (
            "assistant",
            (
                "I can help with that. To verify your identity, could you confirm the full name and date of "
                "birth of the main policyholder?",
            ),
        ),
        (
            "user",
            (
                g.name(p, g.pick(("full", "lower"))),
                ", born ",
                g.date(style=g.pick(("m/d/yyyy", "dd/mm/yyyy", "Month d, yyyy")), dob=True),
                ". my ",
                "husband" if spouse.female is False else "wife",
                " ",
                g.name(spouse, "first"),
                " is on it too. can you also change the phone to ",
                g.phone(p.loc, ext=0),
                "?",
            ),
        ),
        (
            "assistant",
            (
                "Thanks. I've noted the new address effective ",
                g.date(move, "Month d, yyyy"),
                " and the new phone number. A confirmation will be sent to the email on file. Is there "
                "anything else?",
            ),
        ),
        (
            "user",
            (
                "yes actually the email on file is old, use ",
                g.email(p),
                " please. and will the premium go up?",
            ),
        ),
        (
            "assistant",
            (
                "Premiums can change with the address. A specialist will review the change and contact you "
                "within 2 business days.",
            ),
        ),
    ]
    if g.chance(0.5):
        # an OpenAI-style chat export
        b(
            '{\n  "id": "conv_',
            g.fill("@@##@#@@##@#@@##"),
            '",\n  "created": "',
            g.date(d, "iso"),
            f' {_hm(m)}:{g.rng.randrange(60):02d}",\n',
        )
        b('  "user": {"id": "usr_', g.fill("#####"), '", "email": "', g.email(p), '"},\n  "messages": [\n')
        b(
            '    {"role": "system", "content": "',
            *_with_org(g.pick(_ASSISTANT_SYSTEMS), org),
            '"},\n',
        )
        for i, (role, content) in enumerate(turns):
            b(
                '    {"role": "',
                role,
                '", "content": "',
                *_json_str(content),
                '"}',
                "," if i < len(turns) - 1 else "",
                "\n",
            )
        b("  ]\n}\n")
    else:
        # JSON lines, one event per line
        for i, (role, content) in enumerate(turns):
            m += g.rng.randrange(0, 3)
            b(
                '{"session": "',
                g.ref(text=g.fill("s-####@@")),
                '", "ts": "',
                g.date(d, "iso"),
                f'T{_hm(m)}:{g.rng.randrange(60):02d}Z", ',
            )
            b(
                '"turn": ',
                str(i),
                ', "speaker": "',
                "customer" if role == "user" else "bot",
                '", "text": "',
                *_json_str(content),
                '"}\n',
            )


@T("chat_transcript")
def witness_interview_record(g: Gen, b: Builder) -> None:
    w, dc, pc, solicitor, suspect = g.person(), g.person(), g.person(), g.person(), g.person()
    a = address(g, w.loc)
    d = g.day()
    incident = d - timedelta(days=g.rng.randrange(1, 14))
    rank = g.pick(("DC", "DS", "Det.", "Officer"))
    t0 = g.rng.randrange(9 * 60, 20 * 60)
    b(
        g.pick(
            (
                "RECORD OF INTERVIEW (WITNESS)",
                "WITNESS INTERVIEW - TRANSCRIPT",
                "Record of Video Recorded Interview",
            )
        ),
        "\n\n",
    )
    b("Person interviewed: ", g.name(w, g.pick(("full", "UPPER", "LAST_FIRST"))), "\n")
    born = _dob_day(g)
    b("Date of birth: ", g.date(born, g.pick(("dd/mm/yyyy", "d Month yyyy", "mm/dd/yyyy")), dob=True), "\n")
    b("Address: ", one_line(a), "\n")
    b(
        "Place of interview: ",
        _other_town(g, w.loc, a.city.text),
        " Police Station, ",
        g.pick(("Interview Room 2", "Suite 4", "VRI room")),
        "\n",
    )
    b(
        "Date: ",
        g.date(d, g.pick(("dd/mm/yyyy", "d Month yyyy"))),
        "   Time commenced: ",
        _hm(t0),
        "   Time concluded: ",
        _hm(t0 + g.rng.randrange(25, 80)),
        "\n",
    )
    b(
        "Interviewing officer(s): ",
        rank,
        " ",
        g.name(dc, "full"),
        " ",
        g.ref(text=g.fill("####")),
        ", PC ",
        g.name(pc, g.pick(("full", "initial"))),
        " ",
        g.ref(text=g.fill("####")),
        "\n",
    )
    if g.chance(0.5):
        b(
            "Others present: ",
            g.name(solicitor, "full"),
            " (",
            g.pick(("appropriate adult", "interpreter", "victim support")),
            ")\n",
        )
    b("\n")
    officer = upper(g.name(dc, "last"))
    wit = upper(g.name(w, "last"))

    def q(*text) -> None:
        b(rank.upper(), " ", officer, ":  ", *text, "\n")

    def ans(*text) -> None:
        b(wit, ":  ", *text, "\n")

    q("This interview is being recorded. Can you confirm your full name for me?")
    ans(g.name(w, "full"), ".")
    q("And your date of birth?")
    ans(
        *(
            _the(g, born, ("the dth of Month", "Month dth, yyyy"), dob=True)
            if g.chance(0.6)
            else ("Same as on the form.",)
        ),
    )
    q(
        "In your own words, tell me what happened on the evening of ",
        *_the(g, incident, ("d Month", "Month d", "the dth of Month")),
        ".",
    )
    ans(
        "I was walking back from ",
        g.pick(("the corner shop", "work", "my mum's", "the gym")),
        " along ",
        ent(g.pick(_BARE_STREETS[w.loc]), "STREET_ADDRESS") if w.loc in _BARE_STREETS else a.street,
        " when I saw two lads trying car doors. One of them had a grey hoodie.",
    )
    q("Did you recognise either of them?")
    if g.chance(0.6):
        ans(
            "The taller one, yeah. That's ",
            g.name(suspect, g.pick(("full", "first"))),
            ". He lives near ",
            a.city,
            ", ",
            "everyone knows him as ",
            ent(_nickname(suspect), "PERSON"),
            ".",
        )
    else:
        ans("No. I'd never seen them before.")
    q("Did you notice any vehicles?")
    ans(
        "A white van, a Transit I think. The plate started ",
        g.ref(text=g.fill("@@#")),
        ", I didn't get the rest.",
    )
    q("What did you do next?")
    ans("I rang my partner, ", g.name(g.person(w.loc), "first"), ", and then I rang you lot.")
    q("Is there a number we can reach you on if we need to follow up?")
    ans(g.phone(w.loc, ext=0), ". Or e-mail, ", g.email(w), ".")
    q("Thank you. The time is now ", _hm(t0 + g.rng.randrange(25, 80)), " and I am stopping the recording.")


@T("chat_transcript")
def oral_history_interview(g: Gen, b: Builder) -> None:
    loc = g.pick(("en_US", "en_GB", "en_IE", "de_DE", "it_IT", "pl_PL", "nl_NL", "sv_SE"))
    if loc != g.locale:
        g.multi = True
    s = g.person(loc)
    interviewer, father, mother, transcriber = (
        g.person(),
        g.person(loc, False),
        g.person(loc, True),
        g.person(),
    )
    father = Person(father.first, s.last, father.middle, False, loc)
    home = address(g, loc)
    d = g.day(2015, 2024)
    born = g.day(1928, 1950)
    project = g.pick(("Voices of the Valley", "Harbour Lives", "Mill Town Memories", "Migration Stories"))
    b(project, " Oral History Project\n")
    b("Interviewee: ", g.name(s, "full"), "\nInterviewer: ", g.name(interviewer, "full"), "\n")
    b("Date of interview: ", g.date(d, g.pick(("Month d, yyyy", "d Month yyyy"))), "\n")
    b("Location: interviewee's home, ", home.city, "\n")
    b("Transcribed by: ", g.name(transcriber, g.pick(("full", "initial"))), "\n\n")
    speaker = upper(g.name(s, "last"))
    clock = g.rng.randrange(5, 30)

    def line(who, *text) -> None:
        nonlocal clock
        b(f"[{clock // 3600:02d}:{clock % 3600 // 60:02d}:{clock % 60:02d}] ", who, ": ", *text, "\n\n")
        clock += g.rng.randrange(20, 240)

    line("INTERVIEWER", "Could you start by telling us your name, and when and where you were born?")
    first_town = _other_town(g, loc, home.city.text)
    line(
        speaker,
        "My name is ",
        g.name(s, "full"),
        g.pick((".", ", née " if s.female else ".")),
        *((ent(g.fake(loc).last_name(), "PERSON"), ".") if s.female and g.chance(0.5) else ("",)),
        " I was born on ",
        g.date(born, g.pick(("Month d, yyyy", "d Month yyyy")), dob=True),
        " in ",
        first_town,
        ", in my grandmother's front room.",
    )
    line("INTERVIEWER", "What do you remember about the house you grew up in?")
    line(
        speaker,
        "We lived at ",
        "number " if loc.startswith("en") else "",
        _numbered_street(g, loc),
        ". Two rooms downstairs, a yard with a tin bath. ",
        "My father, ",
        g.name(father, "full"),
        ", worked at the ",
        g.pick(("cotton mill", "shipyard", "brewery", "mine")),
        " for forty years, and my mother, ",
        g.name(mother, "first"),
        ", took in sewing.",
    )
    line("INTERVIEWER", "When did you move to ", home.city, "?")
    line(
        speaker,
        "In ",
        ent(f"{g.pick(vocab.MONTHS)} {g.rng.randrange(born.year + 18, born.year + 35)}", "DATE"),
        ". My husband got work on the railways." if s.female else ". I got a job on the railways.",
        " We've been in this house since, ",
        home.street,
        ". The children all went to school round the corner.",
    )
    line("INTERVIEWER", "Is there anyone from those years you'd like people to remember?")
    friend = g.person(loc)
    line(
        speaker,
        "Oh, ",
        g.name(friend, "full"),
        ". We called her " if friend.female else ". We called him ",
        ent(_nickname(friend), "PERSON"),
        ". ",
        "She" if friend.female else "He",
        " ran the dances at the parish hall every Saturday. ",
        "Passed away in ",
        str(g.rng.randrange(1990, 2020)),
        ".",
    )
    b("[END OF RECORDING ", f"{clock // 3600:02d}:{clock % 3600 // 60:02d}:{clock % 60:02d}", "]\n")
    b(
        "Release form signed ",
        g.date(d, "dd/mm/yyyy"),
        ". Contact for the family: ",
        g.name(g.person(loc), "full"),
        ", ",
        g.phone(loc, ext=0),
        ".\n",
    )


# ---------------------------------------------------------------- HR records


def _mon_year(g: Gen, d: date, numeric: bool | None = None) -> Ent:
    numeric = g.chance(0.4) if numeric is None else numeric
    return ent(f"{d.month:02d}/{d.year}" if numeric else f"{vocab.MONTHS[d.month - 1][:3]} {d.year}", "DATE")


@T("hr_record")
def payroll_change_notice(g: Gen, b: Builder) -> None:
    p, mgr, hr = g.person(), g.person(), g.person()
    org = g.org()
    eff = g.day()
    us = p.loc in ("en_US", "en_CA")
    style = g.pick(("mm/dd/yyyy", "dd/mm/yyyy", "iso"))
    b(
        upper(org),
        "\n",
        g.pick(
            (
                "PAYROLL CHANGE NOTICE (PCN)",
                "Personnel Action / Payroll Change Form",
                "EMPLOYEE CHANGE REQUEST",
            )
        ),
        "\n",
    )
    b(
        "Effective date: ",
        g.date(eff, style),
        "      Pay group: ",
        g.pick(("BW-SAL", "MONTHLY", "W-HRLY")),
        "\n\n",
    )
    b("Employee: ", g.name(p, g.pick(("LAST_FIRST", "full"))), "    Employee ID: ", g.ident("employee"), "\n")
    b(
        "Department: ",
        g.pick(vocab.DEPARTMENTS),
        "    Cost centre: ",
        g.ref(text=g.fill("CC-####")),
        "    Manager: ",
        g.name(mgr, "full"),
        "\n\n",
    )
    kinds = g.rng.sample(("bank", "address", "salary", "name"), g.rng.randrange(1, 4))
    boxes = {"bank": "Bank details", "address": "Home address", "salary": "Base salary", "name": "Legal name"}
    b("Change type: ", "  ".join(f"[{'x' if k in kinds else ' '}] {v}" for k, v in boxes.items()), "\n\n")
    rows = []
    if "bank" in kinds:
        if us:
            rows.append(["Routing no.", g.ref(text=g.fill("0########")), g.ref(text=g.fill("1########"))])
            rows.append(["Account no.", g.ident("account"), g.ident("account")])
        else:
            rows.append(["IBAN", g.iban(p.loc), g.iban(p.loc)])
    if "address" in kinds:
        rows.append(["Address", one_line(address(g, p.loc)), one_line(address(g, p.loc))])
    if "salary" in kinds:
        old = g.rng.randrange(38, 140) * 1000
        rows.append(["Salary (annual)", f"{old:,}", f"{int(old * g.pick((1.03, 1.05, 1.08, 1.12))):,}"])
    if "name" in kinds:
        new_last = ent(g.fake(p.loc).last_name(), "PERSON")
        rows.append(["Surname", g.name(p, "last"), new_last])
    _table(b, ["Field", "Current", "New"], rows, g.pick((" | ", "  ")))
    reason = {
        "bank": "employee request, new account (voided cheque on file)"
        if us
        else "employee request via self-service, bank letter attached",
        "address": "relocation",
        "salary": "annual merit increase / promotion to " + g.pick(vocab.JOB_TITLES),
        "name": "marriage - certificate sighted by HR",
    }[kinds[0]]
    b("\nReason: ", reason, "\n")
    b(
        "Requested by: ",
        g.name(mgr, g.pick(("full", "initial"))),
        "   ",
        g.date(eff - timedelta(days=g.rng.randrange(3, 20)), style),
        "\n",
    )
    b(
        "Approved (HR): ",
        g.name(hr, g.pick(("full", "initial"))),
        "   ",
        g.date(eff - timedelta(days=g.rng.randrange(1, 3)), style),
        "\n",
    )
    b(
        "Payroll use only - keyed by ",
        ent(f"{hr.first[0]}{hr.last[0]}".upper(), "PERSON"),
        " batch ",
        g.ref(text=g.fill("PR####")),
        "\n",
    )


@T("hr_record")
def background_check_report(g: Gen, b: Builder) -> None:
    p, verifier = g.person("en_US"), g.person("en_US")
    if g.locale != "en_US":
        g.multi = True
    client = g.org("en_US")
    screener = ent(g.pick(_SCREENERS), "ORGANIZATION")
    d = g.day(2018, 2024)
    b(upper(screener), "\nCONSUMER REPORT - EMPLOYMENT SCREENING\n", "=" * 64, "\n")
    b(
        "Report ID: ",
        g.ref(text=g.fill("RPT-#######")),
        "    Ordered: ",
        g.date(d, "mm/dd/yyyy"),
        "    Completed: ",
        g.date(d + timedelta(days=g.rng.randrange(2, 9)), "mm/dd/yyyy"),
        "\n",
    )
    b("Client: ", client, "    Position: ", g.pick(vocab.JOB_TITLES), "\n\n")
    b("APPLICANT\n  Name: ", g.name(p, "UPPER"), "\n  AKA: ")
    b(
        ent(f"{_nickname(p)} {p.last}".upper(), "PERSON")
        if _nickname(p) != p.first and g.chance(0.6)
        else g.name(p, g.pick(("initial", "middle"))),
        "\n",
    )
    b(
        "  DOB: ",
        g.date(style="mm/dd/yyyy", dob=True),
        "    SSN: ",
        g.ident("ssn") if g.chance(0.4) else ("XXX-XX-", g.ref(text=g.digits(4))),
        "\n\n",
    )
    b(
        "SSN TRACE ......................................... COMPLETE\n  Issued in ",
        address(g, "en_US").region,
        ", ",
        str(g.rng.randrange(1975, 2005)),
        ". No deceased record.\n  Address history:\n",
    )
    start = d
    for _ in range(g.rng.randrange(2, 4)):
        a = address(g, "en_US")
        prev = start - timedelta(days=g.rng.randrange(300, 1500))
        b("    ", one_line(a), "    ", _mon_year(g, prev, True), " - ", _mon_year(g, start, True), "\n")
        start = prev
    a = address(g, "en_US")
    b(
        "\nCOUNTY CRIMINAL SEARCH ",
        "." * 28,
        " CLEAR\n  ",
        ent(g.fake("en_US").last_name(), "CITY"),
        " County, ",
        a.region,
        " - 7 yr felony/misdemeanor, no records found.\n",
    )
    b(
        "\nEMPLOYMENT VERIFICATION ",
        "." * 27,
        " VERIFIED\n  ",
        g.org("en_US"),
        ", ",
        a.city,
        ", ",
        a.region,
        "\n",
    )
    b(
        "  Dates: ",
        _mon_year(g, g.day(2012, 2016), True),
        " - ",
        _mon_year(g, g.day(2017, 2020), True),
        "   Title: ",
        g.pick(vocab.JOB_TITLES),
        "   Eligible for rehire: ",
        g.pick(("Yes", "Per policy, no comment")),
        "\n",
    )
    b("  Verified by: ", g.name(verifier, "full"), " (HR), ", g.phone("en_US"), "\n")
    b(
        "\nEDUCATION VERIFICATION ",
        "." * 28,
        " VERIFIED\n  ",
        g.pick(vocab.DEGREES),
        ", conferred ",
        _mon_year(g, g.day(2004, 2016)),
        "\n",
    )
    b(
        "\nMOTOR VEHICLE RECORD ",
        "." * 30,
        " ",
        g.pick(("CLEAR", "CONSIDER")),
        "\n  License ",
        g.ident("licence", "en_US"),
        " (",
        address(g, "en_US").region,
        ")  Class D  Status: VALID  Exp: ",
        g.date(g.day(2025, 2030), "mm/dd/yyyy"),
        "\n",
    )
    if g.chance(0.5):
        b("  Violation: speeding 11-15 over, ", g.date(g.day(d.year - 3, d.year - 1), "mm/dd/yyyy"), "\n")
    b(
        "\nThis report was prepared under the FCRA. The applicant may dispute its accuracy by calling ",
        g.phone("en_US", ext=0),
        ".\n",
    )


@T("hr_record")
def professional_profile_scrape(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    now_org, old_org = g.org(p.loc), g.org(p.loc)
    title = g.pick(vocab.JOB_TITLES)
    start = g.day(2016, 2023)
    b(
        g.name(p, "full"),
        g.pick((" · 2nd", " · 3rd+", " (He/Him)" if not p.female else " (She/Her)", "")),
        "\n",
    )
    b(
        title,
        " at ",
        now_org,
        g.pick((" | ex-", " | previously ")),
        old_org,
        " | ",
        g.pick(vocab.SKILLS),
        "\n",
    )
    b(a.city, ", ", a.region if a.region and g.chance(0.5) else a.country, " · Contact info\n")
    b(
        g.pick(
            (
                "500+ connections",
                f"{g.rng.randrange(60, 499)} connections",
                f"{g.rng.randrange(1, 9)},{g.rng.randrange(100, 999)} followers",
            )
        ),
        "\n\n",
    )
    b("About\n")
    b(
        g.pick(
            (
                "I help teams ship reliable software without burning out. Currently building internal "
                "tools and mentoring juniors.",
                "Operations leader with a soft spot for spreadsheets and a hard line on safety. Open to "
                "board roles.",
                "Nurse turned data analyst. I like messy data and clear questions.",
            )
        ),
        " ",
        g.pick(("Say hi: ", "Reach me at ", "DMs open or ")),
        g.email(p),
        "\n\n",
    )
    b(
        "Experience\n",
        title,
        "\n",
        now_org,
        " · Full-time\n",
        _mon_year(g, start, False),
        " - Present\n",
        a.city,
        ", ",
        a.country,
        " · ",
        g.pick(("Hybrid", "On-site", "Remote")),
        "\n\n",
    )
    before = g.day(2009, start.year - 1 if start.year > 2010 else 2010)
    b(
        g.pick(vocab.JOB_TITLES),
        "\n",
        old_org,
        "\n",
        _mon_year(g, before, False),
        " - ",
        _mon_year(g, start - timedelta(days=40), False),
        "\n",
    )
    b(_other_town(g, p.loc, a.city.text), "\n\n")
    b(
        "Education\n",
        ent(g.pick(("University of ", "Technical University of ")) + _town(g, p.loc).text, "ORGANIZATION"),
        "\n",
        g.pick(vocab.DEGREES),
        "\n",
        str(before.year - 4),
        " - ",
        str(before.year),
        "\n\n",
    )
    b(
        "Contact info\n",
        g.name(p, "first"),
        "'s Profile\n",
        g.url(p)
        if g.chance(0.7)
        else ent(
            f"linkedin.com/in/{ascii_fold(p.first).lower()}{ascii_fold(p.last).lower().replace(' ', '')}",
            "URL",
        ),
        "\n",
    )
    b("Email\n", g.email(p), "\n")
    if g.chance(0.6):
        b("Phone\n", g.phone(p.loc, ext=0), " (Mobile)\n")
    if g.chance(0.5):
        b("Birthday\n", g.date(g.day(1970, 2000), g.pick(("Month d", "d Month")), dob=True), "\n")
    b("Connected\n", g.date(g.day(2019, 2024), "Mon d, yyyy"), "\n")


@T("hr_record")
def disciplinary_hearing_invite(g: Gen, b: Builder) -> None:
    loc = g.pick(("en_GB", "en_GB", "en_IE", g.locale))
    if loc != g.locale:
        g.multi = True
    p, inv, chair, hrp, w1, w2 = (g.person(loc) for _ in range(6))
    org = g.org(loc)
    site = address(g, loc)
    d = g.day()
    hearing = d + timedelta(days=g.rng.randrange(5, 12))
    style = g.pick(("d Month yyyy", "dd/mm/yyyy", "the dth of Month"))
    b("PRIVATE & CONFIDENTIAL - ADDRESSEE ONLY\n\n", g.name(p, "full"), "\n", block(address(g, loc)), "\n")
    b(g.date(d, "d Month yyyy"), "\n\n")
    b("Dear ", g.title(p), g.name(p, "last"), ",\n\n")
    allegation = g.pick(
        (
            "you recorded hours on your timesheet for shifts you did not work",
            "you were absent from work without authorisation or notification",
            "you used offensive language towards a colleague in the warehouse",
            "you accessed customer records without a business reason",
        )
    )
    b(g.pick(("Invitation to a disciplinary hearing", "Notice of disciplinary hearing")), "\n\n")
    b(
        "Following the investigation carried out by ",
        g.name(inv, "full"),
        " into the allegation that on ",
        *_the(g, d - timedelta(days=g.rng.randrange(10, 40)), (style,)),
        " ",
        allegation,
        ", I am writing to ask you to attend a disciplinary hearing.\n\n",
    )
    b(
        "The hearing will take place on ",
        g.date(hearing, "d Month yyyy"),
        " at ",
        g.pick(("10:00", "14:30", "11.00am", "2pm")),
        " in ",
        g.pick(("Meeting Room 2", "the Boardroom", "Training Room B")),
        " at ",
        org,
        ", ",
        one_line(site),
        ". It will be chaired by ",
        g.name(chair, "full"),
        ", ",
        g.pick(vocab.JOB_TITLES),
        ", and ",
        g.name(hrp, "full"),
        " from HR will take notes.\n\n",
    )
    b(
        "You have the right to be accompanied by a work colleague or a trade union representative. Please "
        "let me know who "
        "will accompany you by ",
        g.date(hearing - timedelta(days=2), "d Month"),
        ". If the allegation is upheld, the outcome "
        "could be a formal written warning or, depending on the findings, dismissal.\n\n",
    )
    b(
        "Enclosed: the investigation report; statements from ",
        g.name(w1, "full"),
        " and ",
        g.name(w2, g.pick(("full", "initial"))),
        "; ",
        g.pick(("timesheet extracts", "CCTV stills", "system access logs")),
        ".\n\n",
    )
    b("Payroll number: ", g.ident("employee"), "\n\n")
    b(
        "Yours sincerely,\n\n\n",
        g.name(hrp, "full"),
        "\n",
        g.pick(("HR Advisor", "People Partner", "HR Business Partner")),
        "\nDirect line: ",
        g.phone(loc, ext=0),
        "   ",
        g.email(hrp, g.domain_of(org)),
        "\n",
    )


@T("hr_record")
def absence_fitnote_record(g: Gen, b: Builder) -> None:
    p, mgr, gp, oh = g.person(), g.person(), g.person(), g.person()
    d = g.day(2019, 2024)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso"))
    b(
        g.pick(("Absence record", "Sickness absence - case summary", "ATTENDANCE FILE")),
        " - ",
        g.name(p, g.pick(("full", "LAST_FIRST"))),
        " (",
        g.ident("employee"),
        ")\n",
    )
    b("Line manager: ", g.name(mgr, "full"), "   Rolling period: 12 months to ", g.date(d, style), "\n\n")
    reasons = (
        "gastroenteritis",
        "back pain",
        "migraine",
        "flu-like illness",
        "stress",
        "post-operative recovery",
    )
    rows, day, total, spells = [], d - timedelta(days=330), 0, g.rng.randrange(2, 5)
    for i in range(spells):
        day += timedelta(days=g.rng.randrange(20, 90))
        n = g.rng.randrange(1, 4) if i < spells - 1 else g.rng.randrange(8, 30)
        total += n
        cert = "self-cert" if n <= 7 else "fit note"
        rows.append(
            [
                str(i + 1),
                g.date(day, style),
                g.date(day + timedelta(days=n - 1), style),
                str(n),
                g.pick(reasons),
                cert,
            ]
        )
        last_start = day
    _table(
        b, ["#", "First day", "Last day", "Days", "Reason", "Evidence"], rows, " | ", markdown=g.chance(0.4)
    )
    b("\nBradford score: ", str(spells * spells * total), f" ({spells} spells, {total} days)\n\n")
    practice = ent(
        f"{g.pick(('The ', ''))}{_town(g, p.loc).text} "
        f"{g.pick(('Medical Centre', 'Health Centre', 'Family Practice', 'Surgery'))}",
        "ORGANIZATION",
    )
    b(
        "Fit note received ",
        g.date(last_start + timedelta(days=3), style),
        ": issued by Dr ",
        g.name(gp, g.pick(("full", "initial"))),
        ", ",
        practice,
        '. "',
        g.pick(("Not fit for work", "May be fit for work taking account of the following advice")),
        '" for ',
        str(g.rng.randrange(2, 6)),
        " weeks; ",
        g.pick(("phased return", "amended duties, no lifting", "altered hours")),
        " advised.\n\n",
    )
    b(
        "Return-to-work interview ",
        g.date(last_start + timedelta(days=g.rng.randrange(15, 35)), style),
        " with ",
        g.name(mgr, "first"),
        ": ",
        g.pick(
            (
                "employee feels ready, agreed 4-week phased return starting at 50% hours.",
                "discussed workload; agreed weekly check-ins and temporary move off the night rota.",
            )
        ),
        "\n",
    )
    b(
        "Occupational health referral: ",
        ent(g.pick(("PAM OH Solutions", "Health Partners", "Optima Health", "WorkFit OH")), "ORGANIZATION"),
        ", appointment ",
        g.date(last_start + timedelta(days=g.rng.randrange(10, 40)), style),
        " with ",
        g.name(oh, "full"),
        ", OHA.\n",
    )
    b("Employee contact while absent: ", g.phone(p.loc, ext=0), " / personal e-mail ", g.email(p), "\n")


@T("hr_record")
def leaver_checklist(g: Gen, b: Builder) -> None:
    p, mgr, it, hr = g.person(), g.person(), g.person(), g.person()
    org = g.org()
    domain = g.domain_of(org)
    last = g.day()
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Mon yyyy"))
    user = ascii_fold(f"{p.first[0]}{p.last.split()[0]}").lower().replace("'", "")
    b(g.pick(("LEAVER FORM", "Offboarding checklist", "Employee exit - task list")), "  ·  ", org, "\n\n")
    b("Leaver: ", g.name(p, g.pick(("full", "LAST_FIRST"))), "    Employee #: ", g.ident("employee"), "\n")
    b(
        "Last working day: ",
        g.date(last, style),
        "    Reason: ",
        g.pick(("resignation", "end of fixed-term contract", "redundancy", "retirement")),
        "\n",
    )
    b("Manager: ", g.name(mgr, "full"), "    HR contact: ", g.name(hr, "full"), "\n\n")
    b("IT (owner: ", g.name(it, "first"), ")\n")
    b("[x] Disable AD account ", ent(user, "PERSON"), " at 18:00 on ", g.date(last, style), "\n")
    b(
        "[x] Laptop ",
        g.pick(("ThinkPad X1", "MacBook Pro", "Latitude 7440")),
        " asset tag ",
        g.ref(text=g.fill("IT-#####")),
        " returned\n",
    )
    if g.chance(0.5):
        b(
            "[ ] Port mobile ",
            g.phone(p.loc, ext=0),
            " to personal contract (employee request, PAC code sent)\n",
        )
    else:
        b("[x] Company mobile wiped and returned, number ", g.phone(p.loc, ext=0), " reassigned\n")
    b("[x] Mail forwarding ", g.email(p, domain), " -> ", g.email(mgr, domain), " for 30 days\n")
    b("[ ] Remove from distribution lists and shared drives\n\n")
    b("PAYROLL\n")
    b(
        "- Final pay on ",
        g.date(last + timedelta(days=g.rng.randrange(5, 25)), style),
        " incl. ",
        str(g.rng.randrange(1, 12)),
        ".5 days untaken holiday\n",
    )
    paper = (
        "P45"
        if p.loc in ("en_GB", "en_IE")
        else "W-2"
        if p.loc == "en_US"
        else "final payslip and tax certificate"
    )
    b("- ", paper, " to home address: ", one_line(address(g, p.loc)), "\n")
    b("- Payslips after leaving to personal e-mail ", g.email(p), "\n")
    b("- Pension: ", g.org(), " member no. ", g.ident("member"), "\n\n")
    b(
        "EXIT INTERVIEW (",
        g.name(hr, "initial"),
        ", ",
        g.date(last - timedelta(days=g.rng.randrange(1, 6)), style),
        ")\n",
    )
    b(
        g.pick(
            (
                "Leaving for a role closer to home; positive about the team, frustrated by the tooling.",
                "Cites workload and lack of progression; would consider returning in a different team.",
                "Relocating abroad with family; happy to be contacted for references.",
            )
        ),
        "\n",
    )


# ---------------------------------------------------------------- forms, bills and notices


def _cur(loc: str) -> str:
    return {
        "en_GB": "£",
        "en_US": "$",
        "en_CA": "$",
        "en_AU": "$",
        "pt_BR": "R$",
        "pl_PL": "PLN ",
        "sv_SE": "SEK ",
    }.get(loc, "€")


@T("form_invoice")
def utility_bill_b(g: Gen, b: Builder) -> None:
    p = g.person()
    org = ent(g.pick(_UTILITY_ORGS), "ORGANIZATION")
    home = address(g, p.loc)
    bill = g.day()
    period_end = bill - timedelta(days=g.rng.randrange(2, 8))
    period_start = period_end - timedelta(days=g.rng.randrange(28, 92))
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Mon yyyy", "Month d, yyyy"))
    cur = _cur(p.loc)
    w = 44
    b(f"{'':<{w}}", upper(org) if g.chance(0.5) else org, "\n")
    b(f"{'':<{w}}Bill date: ", g.date(bill, style), "\n")
    b(f"{'':<{w}}Account number: ", g.ident("account"), "\n")
    b(f"{'':<{w}}Bill number: ", g.ref(text=g.fill("########")), "\n\n")
    b(
        g.pick(("", g.title(p))),
        g.name(p, g.pick(("full", "UPPER", "initial"))),
        "\n",
        block(home, caps_city=g.chance(0.5)),
        "\n",
    )
    kind = g.pick(("electricity", "gas", "water and sewer"))
    b("Your ", kind, " bill for ", g.date(period_start, style), " to ", g.date(period_end, style), "\n")
    b("-" * 64, "\n")
    if g.chance(0.4):
        b("Supply address: ", one_line(address(g, p.loc)), "  (rental property)\n")
    else:
        b("Supply address: as above\n")
    meter = g.ref(text=g.fill(g.pick(("##@#######", "S/N #########", "M########"))))
    prev, used = g.rng.randrange(1000, 60000), g.rng.randrange(120, 1400)
    unit = "kWh" if kind != "water and sewer" else "gal"
    b(
        "Meter ",
        meter,
        "   Previous read ",
        f"{prev:,}",
        " (A)   Current read ",
        f"{prev + used:,}",
        " (",
        g.pick(("E", "A", "C")),
        ")\n",
    )
    rate = g.rng.randrange(12, 38)
    b(
        f"Usage: {used:,} {unit} @ {rate}.{g.rng.randrange(10, 99)}{'c' if cur == '$' else 'p'}   ",
        cur,
        _money(g, 40, 400),
        "\n",
    )
    b(
        f"Standing charge: {(period_end - period_start).days} days @ 53.{g.rng.randrange(10, 99)}   ",
        cur,
        _money(g, 10, 60),
        "\n",
    )
    b("VAT / taxes   ", cur, _money(g, 2, 40), "\n")
    b(
        "-" * 64,
        "\nTotal due   ",
        cur,
        _money(g, 60, 520),
        "   by ",
        g.date(bill + timedelta(days=14), style),
        "\n\n",
    )
    if g.chance(0.5):
        b(
            "We'll collect this by Direct Debit from account ending ",
            g.ref(text=g.digits(4)),
            " on or after ",
            g.date(bill + timedelta(days=10), style),
            ".\n",
        )
    elif p.loc.startswith("en_US"):
        b(
            "Pay online at ",
            ent(f"https://myaccount.{g.domain_of(org)}/pay", "URL"),
            " or mail the stub below.\n",
        )
    else:
        b(
            "Pay by bank transfer to ",
            org,
            ", IBAN ",
            g.iban(),
            ", using your account number as the reference.\n",
        )
    b(
        "Questions? Call ",
        g.phone(p.loc, ext=0),
        " (Mon-Fri 8-8) or write to ",
        ent(f"billing@{g.domain_of(org)}", "EMAIL_ADDRESS"),
        ".\n\n",
    )
    b("- - - - - - - - - - - - - - - - - - - - detach and return - - - - - - - - - - - - - - - - - - - -\n")
    b(g.name(p, "UPPER"), "   Acct ", g.ident("account"), "   Amount enclosed: ________\n")


@T("form_invoice")
def bank_transfer_advice(g: Gen, b: Builder) -> None:
    payer, payee = g.person(), g.person()
    bank = ent(g.pick(_FAKE_BANKS), "ORGANIZATION")
    d = g.day()
    amount = _money(g, 80, 25000)
    if g.chance(0.5):
        # an online-banking confirmation page
        b(
            bank,
            " Online Banking\n\n",
            g.pick(("Your transfer has been submitted", "Payment confirmation", "Transfer successful")),
            "\n\n",
        )
        w = 22
        b(f"{'Amount':<{w}}", g.pick(("EUR ", "GBP ", "USD ", "CHF ")), amount, "\n")
        b(
            f"{'From':<{w}}",
            g.name(payer, g.pick(("full", "UPPER"))),
            "\n",
            f"{'':<{w}}",
            g.iban(payer.loc),
            "\n",
        )
        b(
            f"{'To':<{w}}",
            g.name(payee, g.pick(("full", "UPPER", "initial"))),
            "\n",
            f"{'':<{w}}",
            g.iban(payee.loc),
            "\n",
        )
        b(f"{'BIC':<{w}}", g.ref(text=g.fill("@@@@@@#@XXX")), "\n")
        if g.chance(0.5):
            b(f"{'Beneficiary address':<{w}}", one_line(address(g, payee.loc)), "\n")
        purpose = g.pick(
            (
                ("Rent ", g.pick(vocab.MONTHS), " flat ", str(g.rng.randrange(1, 30))),
                ("Invoice ", g.ref()),
                ("Deposit ", g.name(payer, "last")),
                ("Birthday present for ", g.name(g.person(), "first"), " x"),
            )
        )
        b(f"{'Reference':<{w}}", *purpose, "\n")
        b(f"{'Execution date':<{w}}", g.date(d, g.pick(("dd.mm.yyyy", "dd/mm/yyyy", "iso"))), "\n")
        b(f"{'Transaction ID':<{w}}", g.ref(text=g.fill("TRX##########")), "\n\n")
        b("The recipient's bank normally credits the amount within one business day.\n")
    else:
        # a SWIFT MT103 block pasted into a payment advice
        b(
            "PAYMENT ADVICE - SWIFT MT103\n",
            bank,
            " / ",
            g.pick(("Trade Services", "Global Payments")),
            "\n\n",
        )
        b(
            "{1:F01",
            g.fill("@@@@@@##@XXX"),
            g.fill("##########"),
            "}{2:I103",
            g.fill("@@@@@@##XXXX"),
            "N}\n{4:\n",
        )
        b(
            ":20:",
            g.ref(text=g.fill("FT##@@#####")),
            "\n:23B:CRED\n:32A:",
            ent(f"{d:%y%m%d}", "DATE"),
            g.pick(("EUR", "USD", "GBP")),
            amount.replace(",", "").replace(".", ","),
            "\n",
        )
        iban1 = g.iban(payer.loc)
        b(":50K:/", ent(iban1.text.replace(" ", ""), "IBAN_CODE"), "\n", upper(g.name(payer, "full")), "\n")
        a1 = address(g, payer.loc)
        b(upper(a1.street), "\n", upper(a1.zip), " ", upper(a1.city), "\n")
        b(":57A:", g.ref(text=g.fill("@@@@@@#@")), "\n")
        iban2 = g.iban(payee.loc)
        b(":59:/", ent(iban2.text.replace(" ", ""), "IBAN_CODE"), "\n", upper(g.name(payee, "full")), "\n")
        a2 = address(g, payee.loc)
        b(upper(a2.street), "\n", upper(a2.city), " ", upper(a2.country), "\n")
        b(
            ":70:",
            g.pick(("INV ", "/RFB/", "SALARY ")),
            g.ref(),
            "\n:71A:",
            g.pick(("SHA", "OUR", "BEN")),
            "\n-}\n\n",
        )
        b(
            "Value date: ",
            g.date(d + timedelta(days=g.rng.randrange(0, 3)), "d Mon yyyy"),
            "   Status: ",
            g.pick(("Released", "Pending approval", "Executed")),
            "\n",
        )
        b("Operator: ", g.name(g.person(), "initial"), "   Contact: ", g.phone(ext=0), "\n")


@T("form_invoice")
def ticketing_csv_export(g: Gen, b: Builder) -> None:
    event = g.pick(
        ("PyData Meetup Night", "Spring Charity Gala", "Trail Run 10K", "Makers Fair", "Jazz in the Park")
    )
    d = g.day(2019, 2024)
    header = (
        "Order #",
        "Order Date",
        "First Name",
        "Last Name",
        "Email",
        "Phone",
        "Ticket Type",
        "Company",
        "Billing Address",
        "City",
        "Postcode",
        "Country",
        "Dietary",
        "T-shirt",
    )
    b("# ", event, " - attendee export ", g.date(d, "iso"), "\n")
    b(",".join(f'"{h}"' for h in header), "\n")
    for _ in range(g.rng.randrange(3, 7)):
        loc = (
            g.locale
            if g.chance(0.7)
            else g.pick(("en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"))
        )
        if loc != g.locale:
            g.multi = True
        p = g.person(loc)
        a = address(g, loc)
        od = d - timedelta(days=g.rng.randrange(1, 60))
        company = g.org(loc) if g.chance(0.5) else ""
        cells = [
            g.ref(text=g.digits(10)),
            (g.date(od, "iso"), f" {_hm(g.rng.randrange(24 * 60))}"),
            ent(p.first.lower(), "PERSON") if g.chance(0.15) else g.name(p, "first"),
            ent(p.last.upper(), "PERSON") if g.chance(0.2) else g.name(p, "last"),
            g.email(p),
            g.phone(loc, ext=0) if g.chance(0.8) else "",
            g.pick(("General Admission", "Early Bird", "VIP", "Student", "Volunteer")),
            company,
            a.street,
            a.city,
            a.zip,
            a.country,
            g.pick(("", "", "vegetarian", "vegan", "gluten free", "nut allergy")),
            g.pick(("S", "M", "L", "XL", "")),
        ]
        out: list = []
        for i, c in enumerate(cells):
            out += [","] * bool(i) + (['"', c, '"'] if piece_text(c) else [""])
        b(*out, "\n")


@T("form_invoice")
def car_hire_agreement(g: Gen, b: Builder) -> None:
    p, extra = g.person(), g.person()
    branch_loc = g.pick(("en_GB", "en_US", "de_DE", "es_ES", "it_IT", "fr_FR", g.locale))
    if branch_loc != p.loc:
        g.multi = True
    branch = address(g, branch_loc)
    out = g.day()
    back = out + timedelta(days=g.rng.randrange(2, 15))
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "dd.mm.yyyy", "d Mon yyyy"))
    company = ent(
        g.pick(("Sixt", "Europcar", "Hertz", "Enterprise Rent-A-Car", "Avis", "Budget")), "ORGANIZATION"
    )
    b(upper(company), "  RENTAL AGREEMENT No. ", g.ref(text=g.fill("#########")), "\n")
    b(
        "Branch: ",
        branch.city,
        " ",
        g.pick(("Airport", "Central Station", "Downtown")),
        " · ",
        one_line(branch),
        "\n\n",
    )
    b(
        "RENTER\n  Name: ",
        g.name(p, g.pick(("UPPER", "LAST_FIRST", "full"))),
        "\n  Date of birth: ",
        _dob(g, (style,)),
        "\n  Home address: ",
        one_line(address(g, p.loc)),
        "\n",
    )
    b(
        "  Driving licence: ",
        g.ident("licence", p.loc),
        "  Issued: ",
        address(g, p.loc).country,
        "  Valid until: ",
        g.date(g.day(2026, 2034), style),
        "\n",
    )
    if p.loc != branch_loc:
        b("  Passport: ", g.ident("passport", p.loc), "\n")
    b("  Mobile: ", g.phone(p.loc, ext=0), "   E-mail: ", g.email(p), "\n")
    if g.chance(0.5):
        b(
            "\nADDITIONAL DRIVER\n  Name: ",
            g.name(extra, "full"),
            "  DOB: ",
            _dob(g, (style,)),
            "  Licence: ",
            g.ident("licence", extra.loc),
            "\n",
        )
    b(
        "\nVEHICLE\n  ",
        g.pick(("VW Golf 1.5 TSI", "Toyota Corolla Hybrid", "Ford Focus Estate", "Fiat 500", "Kia Sportage")),
        " · Group ",
        g.pick(("C", "D", "IDMR", "CDAR")),
        " · Reg ",
        g.ref(text=g.fill(g.pick(("@@## @@@", "@-@@ ####", "####-@@@")))),
        "\n  Fuel out: ",
        g.pick(("8/8", "full", "7/8")),
        "   Mileage out: ",
        f"{g.rng.randrange(2000, 60000):,}",
        "\n",
    )
    b(
        "  Pick-up: ",
        g.date(out, style),
        " ",
        _hm(g.rng.randrange(7 * 60, 20 * 60)),
        "   Return: ",
        g.date(back, style),
        " ",
        _hm(g.rng.randrange(7 * 60, 20 * 60)),
        "\n\n",
    )
    cur = _cur(branch_loc)
    days = (back - out).days
    b("CHARGES\n")
    for label, lo, hi in (
        ("Time & mileage", 25, 90),
        ("Collision damage waiver", 8, 25),
        ("Additional driver", 6, 15),
        ("Young driver", 10, 30),
    ):
        if label in ("Additional driver", "Young driver") and g.chance(0.5):
            continue
        b(f"  {label:<28}{days:>3} days  ", cur, _money(g, lo * days, hi * days + 1), "\n")
    b("  Location surcharge               ", cur, _money(g, 20, 60), "\n\n")
    if g.chance(0.5):
        b(
            "Pre-authorisation: ",
            cur,
            _money(g, 300, 1500),
            " on card ",
            g.card(),
            "  exp ",
            f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(25, 31)}",
            "\n",
        )
    else:
        b(
            "Pre-authorisation: ",
            cur,
            _money(g, 300, 1500),
            " on card ",
            g.pick(("VISA", "MC", "AMEX")),
            " ****",
            g.ref(text=g.digits(4)),
            "\n",
        )
    b(
        "Renter's signature: ______________   Agent: ",
        g.name(g.person(branch_loc), g.pick(("first", "initial"))),
        "\n",
    )


@T("form_invoice")
def donor_ledger_markdown(g: Gen, b: Builder) -> None:
    uk = g.locale == "en_GB"
    charity = g.pick(
        ("Riverside Food Bank", "St. Aidan's Hospice", "Greenway Wildlife Trust", "Open Doors Shelter")
    )
    month = g.day(2019, 2024)
    b(
        "## ",
        charity,
        " — ",
        "Gift Aid claim batch" if uk else "Donations received",
        " ",
        vocab.MONTHS[month.month - 1],
        " ",
        str(month.year),
        "\n\n",
    )
    b(
        "Prepared by ",
        g.name(g.person(), "full"),
        ", ",
        g.pick(("Treasurer", "Fundraising Officer", "volunteer")),
        "\n\n",
    )
    if uk:
        header = [
            "Donor ref",
            "Title",
            "First name",
            "Last name",
            "House name or number",
            "Postcode",
            "Aggregated?",
            "Date",
            "Amount",
        ]
    else:
        header = ["Donor ID", "Name", "Address", "City", "ZIP/Postcode", "Email", "Date", "Amount", "Receipt"]
    rows = []
    for _ in range(g.rng.randrange(4, 8)):
        p = g.person()
        a = address(g, p.loc)
        day = month.replace(day=g.rng.randrange(1, 29))
        amt = _cur(p.loc) + g.pick(("5.00", "10.00", "20.00", "25.00", "50.00", "100.00", "250.00", "12.50"))
        donor = ent(g.fill(g.pick(("D######", "DN-#####", "#####"))), "ID")
        if uk:
            numbers = re.findall(r"\b\d+[A-Za-z]?\b", a.street.text)
            house = (
                numbers[-1]
                if numbers and g.chance(0.7)
                else g.pick(("Rose Cottage", "The Old Forge", "Ivy House"))
            )
            rows.append(
                [
                    donor,
                    g.title(p).strip(),
                    g.name(p, "first"),
                    g.name(p, "last"),
                    ent(house, "STREET_ADDRESS"),
                    a.zip,
                    g.pick(("", "", "Y")),
                    g.date(day, "dd/mm/yy"),
                    amt,
                ]
            )
        else:
            rows.append(
                [
                    donor,
                    g.name(p, g.pick(("full", "last_first", "full"))),
                    a.street,
                    a.city,
                    a.zip,
                    g.email(p) if g.chance(0.7) else "",
                    g.date(day, g.pick(("mm/dd/yyyy", "iso"))),
                    amt,
                    g.pick(("sent", "sent", "pending", "n/a")),
                ]
            )
    _table(b, header, rows, markdown=True)
    b("\nNotes:\n")
    b("- ", g.name(g.person(), "full"), " asked not to receive further mailings; flag set in CRM.\n")
    b(
        "- Standing order from ",
        g.name(g.person(), g.pick(("full", "initial"))),
        " bounced, letter sent ",
        g.date(month + timedelta(days=20), "d Mon"),
        ".\n",
    )
    if uk:
        b(
            "- HMRC charity reference ",
            g.ref(text=g.fill("@@#####")),
            "; claim to be submitted via Charities Online.\n",
        )


def _parking_url(loc: str, town: str) -> str:
    slug = ascii_fold(town).lower().replace(" ", "").replace("'", "")
    if loc in ("en_GB", "en_IE"):
        return f"https://www.{slug}.gov.uk/parking/pay-a-pcn"
    if loc in ("en_US", "en_CA"):
        return f"https://www.{slug}.gov/parking/citations"
    return f"https://{slug}-parking.eu/pay"


@T("form_invoice")
def parking_penalty_notice(g: Gen, b: Builder) -> None:
    p = g.person()
    home = address(g, p.loc)
    d = g.day()
    uk = p.loc in ("en_GB", "en_IE")
    town = _other_town(g, p.loc, home.city.text)
    style = (
        g.pick(("dd/mm/yyyy", "d Month yyyy"))
        if uk
        else g.pick(("mm/dd/yyyy", "dd.mm.yyyy", "Month d, yyyy"))
    )
    if uk:
        b("PENALTY CHARGE NOTICE\nRoad Traffic Act 1991 / Traffic Management Act 2004\n")
        b(town, " City Council - Parking Services, PO Box ", g.fill("####"), "\n\n")
    else:
        b("NOTICE OF PARKING VIOLATION\n", upper(town), " PARKING ENFORCEMENT\n\n")
    b("PCN number: " if uk else "Citation no.: ", g.ref(text=g.fill("@@########")), "\n")
    b("Date of notice: ", g.date(d + timedelta(days=g.rng.randrange(7, 28)), style), "\n\n")
    b(
        g.pick(("Registered keeper:", "Registered owner:", "To:")),
        "\n",
        g.name(p, g.pick(("UPPER", "full"))),
        "\n",
        block(home, "  ", caps_city=True),
        "\n",
    )
    b(
        "Vehicle registration: ",
        g.ident("vehicle"),
        "   Make: ",
        g.pick(("Ford", "Vauxhall", "Toyota", "BMW", "Honda", "Skoda")),
        "   Colour: ",
        g.pick(("Silver", "Black", "Blue", "White", "Grey")),
        "\n",
    )
    loc_street = (
        ent(g.pick(_BARE_STREETS[p.loc]), "STREET_ADDRESS")
        if p.loc in _BARE_STREETS
        else address(g, p.loc).street
    )
    b("Date of contravention: ", g.date(d, style), "   Time: ", _hm(g.rng.randrange(7 * 60, 22 * 60)), "\n")
    b("Location: ", loc_street, ", ", town, "\n")
    b(
        "Contravention: ",
        g.pick(
            (
                "01 - Parked in a restricted street during prescribed hours",
                "12 - Parked in a residents' or shared-use bay without a valid permit",
                "30 - Parked for longer than permitted",
                "Expired meter",
                "Parked within 15 ft of a fire hydrant",
            )
        ),
        "\n",
    )
    b(
        "Officer: ",
        g.ref(text=g.fill("CEO ####" if uk else "Badge ####")),
        "   Photographs taken: ",
        str(g.rng.randrange(2, 7)),
        "\n\n",
    )
    cur = _cur(p.loc)
    full = g.pick((70, 80, 110, 130, 65))
    b(
        "AMOUNT: ",
        cur,
        f"{full}.00",
        " (reduced to ",
        cur,
        f"{full // 2}.00",
        " if paid within 14 days of the date of notice)\n\n",
    )
    b(
        "Pay online at ",
        ent(_parking_url(p.loc, town.text), "URL"),
        " using the ",
        "PCN number" if uk else "citation number",
        " and vehicle registration, or call ",
        g.phone(p.loc, ext=0),
        ". To challenge this notice write to the address above; do not send cash.\n",
    )


# ---------------------------------------------------------------- international contacts

_EU_HOSTS = (
    "de_DE",
    "fr_FR",
    "it_IT",
    "es_ES",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "no_NO",
    "da_DK",
    "fi_FI",
    "cs_CZ",
)
_JP_TITLES = (
    ("営業部 部長", "General Manager, Sales"),
    ("技術部 課長", "Section Chief, Engineering"),
    ("代表取締役社長", "President & CEO"),
    ("購買部 主任", "Purchasing"),
)
_KR_TITLES = (
    ("영업본부 이사", "Director, Sales"),
    ("기술연구소 책임연구원", "Principal Engineer"),
    ("대표이사", "CEO"),
)


def _slug(text: str) -> str:
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum() or c == "-").strip("-")


@T("intl_contacts")
def meishi_card_notes(g: Gen, b: Builder) -> None:
    me = g.person()
    g.multi = True
    event = g.pick(
        (
            "SEMICON Japan",
            "Tokyo Pack",
            "COMPUTEX side meetings",
            "Korea Electronics Show",
            "Smart Factory Expo Seoul",
        )
    )
    d = g.day(2018, 2024)
    b("Business cards from ", event, ", ", g.date(d, g.pick(("d Mon yyyy", "Month d, yyyy", "iso"))), "\n")
    b(
        "typed up by ",
        g.name(me, g.pick(("first", "full"))),
        " for the CRM import - originals in the blue folder\n\n",
    )
    for i in range(g.rng.randrange(3, 6)):
        loc = g.pick(("ja_JP", "ja_JP", "ko_KR"))
        p = _world_person(g, loc)
        b(f"{i + 1}) ")
        if loc == "ja_JP":
            k = g.rng.randrange(len(_JP_ORGS))
            org, org_k = ent(_JP_ORGS[k], "ORGANIZATION"), ent(_JP_ORGS_KANJI[k], "ORGANIZATION")
            title = g.pick(_JP_TITLES)
            domain = (
                _slug(_JP_ORGS[k].split(" Co")[0].split(" K.K.")[0].split(" Corp")[0]).replace(" ", "-")
                + ".co.jp"
            )
            b(
                _native(p),
                " / ",
                _wname(g, p, g.pick(("FAMILY", "western"))),
                "\n   ",
                title[0],
                " (",
                title[1],
                ")\n",
            )
            b("   ", org_k, " / ", org, "\n")
            rows = _wlines(g, loc, native=g.chance(0.6))
            b("   ", *_joined(rows, " "), "\n")
            land = g.pick(("03-####-####", "06-####-####", "092-###-####", "045-###-####", "+81 3-####-####"))
            b(
                "   TEL: ",
                ent(g.fill(land), "PHONE_NUMBER"),
                g.pick(("  FAX: ", "  F: ")),
                ent(g.fill(land), "PHONE_NUMBER"),
            )
            if g.chance(0.6):
                b(
                    g.pick(("  携帯: ", "  Mobile: ")),
                    ent(g.fill(g.pick(("090-####-####", "080-####-####"))), "PHONE_NUMBER"),
                )
            b("\n   ", _wemail(g, p, domain), "\n")
        else:
            k = g.rng.randrange(len(_KR_ORGS))
            org, org_k = ent(_KR_ORGS[k], "ORGANIZATION"), ent(_KR_ORGS_HANGUL[k], "ORGANIZATION")
            title = g.pick(_KR_TITLES)
            domain = (
                _slug(_KR_ORGS[k].split(" Inc")[0].split(" Co")[0].split(" Corp")[0]).replace(" ", "")
                + ".co.kr"
            )
            b(
                _native(p),
                " / ",
                _wname(g, p, g.pick(("western", "FAMILY", "family_first"))),
                " (",
                title[1],
                ")\n",
            )
            b("   ", org_k, " / ", org, "\n")
            rows = _wlines(g, loc, native=g.chance(0.6))
            b("   ", *_joined(rows, " "), "\n")
            b(
                "   T. ",
                ent(g.fill("+82 2-###-####"), "PHONE_NUMBER"),
                " | M. ",
                ent(g.fill("+82 10-####-####"), "PHONE_NUMBER"),
                "\n",
            )
            b("   ", _wemail(g, p, domain), "\n")
        note = g.pick(
            (
                "met at the booth, wants samples of the sensor kit; follow up after Golden Week",
                "dinner on the 2nd night, very interested in the EU distribution deal",
                "prefers e-mail in English, cc the assistant",
                "knows our former rep, ask about the 2019 order",
            )
        )
        b("   -> ", note)
        if loc == "ko_KR" and g.chance(0.5):
            b(
                "; KakaoTalk ID ",
                ent(_fold(p.first).lower().replace("-", "") + str(g.rng.randrange(10, 99)), "PERSON"),
            )
        b("\n\n")


@T("intl_contacts")
def host_family_placements(g: Gen, b: Builder) -> None:
    g.multi = True
    programme = g.pick(_EXCHANGE_PROGRAMMES)
    host_loc = g.pick(_EU_HOSTS)
    coord = g.person(host_loc)
    year = g.rng.randrange(2018, 2025)
    b(programme, " - host family placements ", str(year), "/", str(year + 1)[2:], " - CONFIDENTIAL\n")
    b(
        "Region: ",
        _wcountry(g, host_loc),
        "   Local coordinator: ",
        g.name(coord, "full"),
        ", ",
        g.phone(host_loc, ext=0),
        ", ",
        g.email(coord),
        "\n\n",
    )
    for n in range(g.rng.randrange(2, 4)):
        sloc = g.pick(("ja_JP", "ko_KR", "es_MX", "hi_IN", "tr_TR", "pt_BR", "el_GR", "en_US"))
        s = _person_any(g, sloc)
        parent = _person_any(g, sloc, not s.female)
        born = g.day(year - 17, year - 15)
        b(
            f"[{n + 1}] STUDENT: ",
            _wname(g, s, "FAMILY")
            if sloc in ("ja_JP", "ko_KR")
            else g.name(s, g.pick(("full", "LAST_FIRST"))),
            " (",
            _wcountry(g, sloc),
            ")\n",
        )
        b(
            "    DOB: ",
            g.date(born, g.pick(("dd/mm/yyyy", "iso", "d Mon yyyy")), dob=True),
            "   Passport: ",
            ent(g.fill(g.pick(("@@#######", "@########", "#########"))), "ID"),
            "\n",
        )
        b("    Home address: ", *_joined(_wlines(g, sloc)), "\n")
        if sloc in ("ja_JP", "ko_KR"):
            b(
                "    Parent/guardian: ",
                _wname(g, parent, "family_first"),
                ", ",
                _wphone(g, sloc),
                ", ",
                _wemail(g, parent),
                "\n",
            )
        else:
            b(
                "    Parent/guardian: ",
                _wname(g, parent, "western") if sloc in _WORLD_COUNTRIES else g.name(parent, "full"),
                ", ",
                _wphone(g, sloc),
                ", ",
                _wemail(g, parent),
                "\n",
            )
        host = g.person(host_loc)
        partner = g.person(host_loc, not host.female)
        b(
            "    HOST FAMILY: ",
            g.name(host, "first"),
            " and ",
            g.name(partner, "first"),
            " ",
            g.name(host, "last"),
        )
        kids = g.rng.randrange(0, 3)
        if kids:
            b(", children ")
            for k in range(kids):
                b(
                    ", " if k else "",
                    g.name(g.person(host_loc), "first"),
                    " (",
                    g.age(g.rng.randrange(4, 17)),
                    ")",
                )
        b("\n")
        for row in lines(address(g, host_loc)):
            b("      ", *row, "\n")
        b("      Tel. ", g.phone(host_loc, ext=0), "   ", g.email(host), "\n")
        b(
            "    School: ",
            ent(g.pick(_SCHOOLS[host_loc]), "ORGANIZATION"),
            ", ",
            _town(g, host_loc),
            ", from ",
            g.date(date(year, 9, g.rng.randrange(1, 15)), "dd.mm.yyyy"),
            "\n",
        )
        b(
            "    Notes: ",
            g.pick(
                (
                    "vegetarian",
                    "mild nut allergy, carries EpiPen",
                    "plays violin, wants to join an orchestra",
                    "first time abroad",
                    "shares room with host son",
                )
            ),
            "\n\n",
        )


@T("intl_contacts")
def alumni_class_notes_b(g: Gen, b: Builder) -> None:
    g.multi = True
    school = g.pick(_SCHOOL_NAMES)
    year = g.rng.randrange(1978, 2012)
    sec = g.person("en_US")
    b(school, " Magazine - Class Notes - ", str(year), "\n")
    b("Class secretary: ", g.name(sec, "full"), ", ", g.email(sec), "\n\n")
    b("Greetings, classmates! Thank you to everyone who wrote in this season.\n\n")
    kinds = g.rng.sample(
        ("moved", "baby", "promotion", "reunion", "obituary", "wedding"), g.rng.randrange(4, 6)
    )
    for kind in kinds:
        loc = g.pick(
            (
                "hi_IN",
                "el_GR",
                "tr_TR",
                "es_MX",
                "ja_JP",
                "de_DE",
                "fr_FR",
                "it_IT",
                "pl_PL",
                "pt_BR",
                "en_GB",
                "sv_SE",
            )
        )
        p = _person_any(g, loc)
        nm = _wname(g, p, "western") if loc in _WORLD_COUNTRIES else g.name(p, "full")
        if kind == "moved":
            b(
                nm,
                " writes that ",
                "she" if p.female else "he",
                " has finally left the city for a quieter life; the new address is ",
                *_joined(_wlines(g, loc)),
                ", ",
                _wcountry(g, loc),
                ". Visitors welcome, and there is a spare room.\n\n",
            )
        elif kind == "baby":
            partner = _person_any(g, loc, not p.female)
            kid = _person_any(g, loc)
            b(
                nm,
                " and ",
                "her husband " if p.female else "his wife ",
                _wname(g, partner, "first"),
                " welcomed ",
                _wname(g, kid, "first"),
                " on ",
                g.date(g.day(2020, 2024), g.pick(("Month d", "Month d, yyyy"))),
                ". Everyone is sleeping, except the parents.\n\n",
            )
        elif kind == "promotion":
            org = (
                g.org(loc)
                if loc not in _WORLD_COUNTRIES
                else ent(
                    g.pick(_JP_ORGS + _KR_ORGS + ("Tata Elxsi", "Koç Holding", "Grupo Bimbo")), "ORGANIZATION"
                )
            )
            b(
                "Congratulations to ",
                nm,
                ", now ",
                g.pick(vocab.JOB_TITLES),
                " at ",
                org,
                " " if org.text.endswith(".") else ". ",
                "She" if p.female else "He",
                " says anyone passing through can call ",
                _wphone(g, loc),
                ".\n\n",
            )
        elif kind == "reunion":
            host = _person_any(g, loc)
            b(
                "A mini-reunion took place in ",
                *_wlines(g, loc)[-1][:1],
                " at the home of ",
                _wname(g, host, "western") if loc in _WORLD_COUNTRIES else g.name(host, "full"),
                " on ",
                g.date(g.day(2019, 2024), "Month d"),
                ". Photos were taken; few are printable.\n\n",
            )
        elif kind == "wedding":
            partner = _person_any(g, loc, not p.female)
            b(
                nm,
                " married ",
                _wname(g, partner, "western") if loc in _WORLD_COUNTRIES else g.name(partner, "full"),
                " on ",
                g.date(g.day(2019, 2024), g.pick(("Month d", "d Month yyyy"))),
                ". The couple can be reached at ",
                _wemail(g, p),
                ".\n\n",
            )
        else:
            kid = _person_any(g, loc, True)
            rows = _wlines(g, loc)
            b(
                "With sadness we report that ",
                nm,
                " died on ",
                g.date(g.day(2020, 2024), "Month d, yyyy"),
                " after a short illness. Condolences may be sent to ",
                "her" if p.female else "his",
                " daughter, ",
                _wname(g, kid, "western") if loc in _WORLD_COUNTRIES else g.name(kid, "full"),
                ", at ",
                *_joined(rows),
                "\n\n" if piece_text(rows[-1]).endswith(".") else ".\n\n",
            )
    b(
        "Please keep the news coming - deadline for the next issue is ",
        g.date(g.day(2024, 2025), "Month d"),
        ".\n",
    )


@T("intl_contacts")
def holiday_card_list_b(g: Gen, b: Builder) -> None:
    g.multi = True
    year = g.rng.randrange(2016, 2025)
    b(
        g.pick(("XMAS CARDS ", "Holiday cards ", "Season's greetings list ")),
        str(year),
        g.pick((" (post by 10 Dec!!)", " - intl first", "")),
        "\n\n",
    )
    for _ in range(g.rng.randrange(5, 9)):
        loc = g.pick(
            (
                "ja_JP",
                "ko_KR",
                "hi_IN",
                "el_GR",
                "tr_TR",
                "es_MX",
                "de_DE",
                "fr_FR",
                "it_IT",
                "pl_PL",
                "pt_BR",
                "nl_NL",
                "en_GB",
            )
        )
        p = _person_any(g, loc)
        mark = g.pick(("[x] ", "[ ] ", "- ", "* "))
        style = g.rng.randrange(4)
        if style == 0:
            partner = _person_any(g, loc, not p.female)
            family = partner if p.female else p  # a Greek couple goes by the husband's form of the name
            b(mark, _wname(g, p, "first"), " & ", _wname(g, partner, "first"), " ", _wname(g, family, "last"))
        elif style == 1:
            b(
                mark,
                "the ",
                ent(p.last.split()[0] + ("es" if p.last.endswith(("s", "z")) else "s"), "PERSON"),
                " (",
                _wname(g, p, "first"),
                " + kids)",
            )
        elif style == 2:
            kin = {
                "de_DE": ("Oma ", "Tante ") if p.female else ("Opa ", "Onkel "),
                "es_MX": ("Tía ", "Abuelita ") if p.female else ("Tío ", "Abuelito "),
                "el_GR": ("Yiayia ", "Thia ") if p.female else ("Pappou ", "Thio "),
            }.get(loc, ("Aunt ", "Auntie ", "cousin ") if p.female else ("Uncle ", "cousin "))
            b(mark, g.pick(kin), _wname(g, p, "first"))
        else:
            b(mark, _wname(g, p, g.pick(("western", "FAMILY"))))
        b(" — ")
        rows = _wlines(g, loc, native=loc == "el_GR" and g.chance(0.4))
        b(*_joined(rows), ", ", _wcountry(g, loc).upper() if g.chance(0.5) else _wcountry(g, loc))
        tail = g.pick(("", "", "  (new addr!)", "  <- check postcode", "  (email instead: "))
        b(tail)
        if tail.endswith("instead: "):
            b(_wemail(g, p), ")")
        b("\n")
    b("\nstamps: ", str(g.rng.randrange(6, 14)), " intl + ", str(g.rng.randrange(10, 30)), " domestic. ")
    b("Ask Mum for ", g.pick(("the Tanakas'", "Giorgos's", "Priya's", "Tía Lupita's")), " new postcode.\n")


@T("intl_contacts")
def paper_author_affiliations(g: Gen, b: Builder) -> None:
    g.multi = True
    locs = g.rng.sample(tuple(_INSTITUTES), g.rng.randrange(3, 6))
    insts = {loc: g.pick(_INSTITUTES[loc]) for loc in locs}
    authors = []
    for loc in locs:
        for _ in range(g.rng.randrange(1, 3)):
            authors.append((_person_any(g, loc), loc))
    sup = "¹²³⁴⁵⁶⁷⁸⁹"
    b(g.pick(_PAPER_TITLES), "\n\n")
    corr = g.rng.randrange(len(authors))
    for i, (p, loc) in enumerate(authors):
        nm = (
            _wname(g, p, "western")
            if loc in _WORLD_COUNTRIES
            else g.name(p, g.pick(("full", "full", "middle")))
        )
        b(", " if i else "", nm, sup[locs.index(loc)], "*" if i == corr else "")
    b("\n\n")
    for k, loc in enumerate(locs):
        inst, street, city, zip_, country, _domain = insts[loc]
        b(sup[k], " ", ent(inst, "ORGANIZATION"), ", ", ent(street, "STREET_ADDRESS"), ", ")
        if loc == "ja_JP":
            ward, town = city.split(", ")
            b(ent(ward, "CITY"), ", ", ent(town, "CITY"), " ", ent(zip_, "ZIP_CODE"))
        elif loc in ("de_DE", "fr_FR", "pl_PL", "it_IT", "el_GR", "es_MX", "tr_TR"):
            b(ent(zip_, "ZIP_CODE"), " ", ent(city, "CITY"))
        else:
            b(ent(city, "CITY"), " ", ent(zip_, "ZIP_CODE"))
        b(", ", ent(country, "STATE_OR_COUNTRY"), "\n")
    p, loc = authors[corr]
    b(
        "\n* Correspondence: ",
        _wemail(g, p, insts[loc][5]),
        g.pick(("; Tel.: ", "; phone ")),
        _wphone(g, loc),
        "\n",
    )
    b("\nORCID: ")
    for i, (q, _loc) in enumerate(authors[: g.rng.randrange(2, len(authors) + 1)]):
        b(
            "; " if i else "",
            _wname(g, q, "western") if q.loc in _WORLD_COUNTRIES else g.name(q, "full"),
            " ",
            ent(g.fill("0000-000#-####-###" + g.pick(("#", "X", "#"))), "ID"),
        )
    sub = g.day(2018, 2023)
    b(
        "\n\nReceived: ",
        g.date(sub, "d Month yyyy"),
        "; Accepted: ",
        g.date(sub + timedelta(days=g.rng.randrange(40, 200)), "d Month yyyy"),
        "; Published: ",
        g.date(sub + timedelta(days=g.rng.randrange(210, 260)), "d Month yyyy"),
        "\n",
    )
    b("Academic editor: ", g.name(g.person(), "full"), "\n")


@T("intl_contacts")
def removal_survey(g: Gen, b: Builder) -> None:
    g.multi = True
    origin = g.pick(
        (
            "ja_JP",
            "ko_KR",
            "hi_IN",
            "tr_TR",
            "el_GR",
            "es_MX",
            "de_DE",
            "fr_FR",
            "it_IT",
            "pl_PL",
            "pt_BR",
            "en_GB",
            "en_US",
        )
    )
    dest = g.pick(
        tuple(
            x
            for x in (
                "de_DE",
                "nl_NL",
                "sv_SE",
                "en_GB",
                "en_US",
                "en_CA",
                "en_AU",
                "es_ES",
                "it_IT",
                "fr_FR",
            )
            if x != origin
        )
    )
    p = _person_any(g, origin)
    spouse = _person_any(g, origin, not p.female)
    surveyor = g.person(dest)
    mover = ent(g.pick(_MOVERS), "ORGANIZATION")
    d = g.day(2018, 2024)
    pack = d + timedelta(days=g.rng.randrange(20, 60))
    style = g.pick(("dd/mm/yyyy", "d Mon yyyy", "iso"))
    b(
        upper(mover),
        " - PRE-MOVE SURVEY (virtual)\nFile: ",
        g.ref(text=g.fill("MV-#####-@@")),
        "   Survey date: ",
        g.date(d, style),
        "   Surveyor: ",
        g.name(surveyor, "full"),
        "\n\n",
    )
    nm = _wname(g, p, "western") if origin in _WORLD_COUNTRIES else g.name(p, "full")
    b("Shipper: ", nm, "   Spouse/partner: ", _wname(g, spouse, "first"), "\n")
    if g.chance(0.6):
        b(
            "Passport(s): ",
            ent(g.fill(g.pick(("@@#######", "@########", "#########"))), "ID"),
            " / ",
            ent(g.fill(g.pick(("@@#######", "@########"))), "ID"),
            "\n",
        )
    b(
        "Employer / assignment: ",
        g.org(dest),
        g.pick((" (corporate relocation)", " (private move)", "")),
        "\n\n",
    )
    b("ORIGIN\n")
    b(_wblock(_wlines(g, origin, native=origin in ("ja_JP", "ko_KR", "el_GR") and g.chance(0.4)), "  "))
    b("  ", _wcountry(g, origin), "\n")
    b(
        "  Access: ",
        g.pick(
            (
                "4th floor, small lift (4 pax), no parking permit needed",
                "detached house, narrow lane - shuttle van required",
                "apartment tower, book service elevator with concierge 2 weeks ahead",
            )
        ),
        "\n",
    )
    b("  Contact on the day: ", _wphone(g, origin), " (", _wname(g, p, "first"), ")\n\n")
    b("DESTINATION\n")
    b(block(address(g, dest), "  ", country=True))
    b(
        "  Temporary address until ",
        g.date(pack + timedelta(days=g.rng.randrange(30, 60)), style),
        ": ",
        g.pick(("serviced apartment", "hotel", "company flat")),
        ", ",
        one_line(address(g, dest)),
        "\n",
    )
    b("  Local mobile (from arrival): ", g.phone(dest, ext=0), "   E-mail: ", _wemail(g, p), "\n\n")
    b(
        "DATES\n  Packing: ",
        g.date(pack, style),
        " - ",
        g.date(pack + timedelta(days=2), style),
        "\n  Loading: ",
        g.date(pack + timedelta(days=3), style),
        "\n  Est. delivery: ",
        g.date(pack + timedelta(days=g.rng.randrange(30, 70)), style),
        g.pick((" (sea, 20' container)", " (road)", " (air + sea split)")),
        "\n\n",
    )
    b(
        "INVENTORY NOTES\n  - Piano (upright), crate required\n  - ",
        str(g.rng.randrange(30, 110)),
        " cartons books\n  - ",
        g.pick(("bicycles x2", "motorbike - customs docs needed", "wine collection ~120 bottles (duty!)")),
        "\n  - Not going: sofa, white goods\n",
    )
    b("  Insured value: ", _cur(dest), f"{g.rng.randrange(15, 180)},000", "\n\n")
    b(
        "Customs: copies of passports, visa/residence permit and employment letter to ",
        ent(f"docs@{_slug(piece_text(mover).split()[0])}.com", "EMAIL_ADDRESS"),
        " by ",
        g.date(pack - timedelta(days=10), style),
        ".\n",
    )
