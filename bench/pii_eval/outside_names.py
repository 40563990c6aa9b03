"""Person names that are NOT in any of Faker's name lists, hand-written from many cultures.

The detector uses Faker's first and last names as a dictionary, and the evaluation's own people come
from Faker too, so an eval drawn only from Faker overestimates recall on real names. `Gen.person()`
swaps in names from these lists for a share of its people (every split). The hand lists below are
filtered when first used: a name is kept only if neither it, its ASCII folding, nor any of its
hyphenated parts occurs (case-insensitively) in any first- or last-name list of any Faker locale, and
it is not a short token or an ordinary English word. `python -m bench.pii_eval.outside_names` prints
the counts.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import unicodedata

# culture -> (female first names, male first names, surnames); ASCII spellings as often seen in
# forms and e-mail addresses, a few with their diacritics.
_HAND = {
    "English": (
        "Fenella Tamsin Jocasta Perpetua Lettice Ottoline Araminta Clemency Henrietta Philippa",
        "Aldous Barnaby Crispin Peregrine Ptolemy Rupert Tarquin Jolyon Hugo Algernon",
        "Featherstonehaugh Cholmondeley Mainwaring Ravenscroft Postlethwaite Winterbottom "
        "Higginbottom Ramsbottom Sidebottom Heseltine Threlfall Braithwaite Blenkinsop Attenborough "
        "Wolstenholme Oglethorpe Cattermole Brocklehurst Fotheringham Gathercole Ketteringham "
        "Pettigrew Quarmby Thistlethwaite Uttley Vowles Whitmarsh",
    ),
    "Scottish": (
        "Morag Ishbel Ailsa Eilidh Mhairi Seonaid Kirstine Lilias",
        "Torquil Struan Murdo Ruaridh Gillespie Somerled",
        "MacAskill MacLeish Urquhart Farquharson McCrindle Colquhoun Auchinleck Menzies Dalgleish "
        "Mackintosh Strachan Rattray Ogilvie",
    ),
    "Irish": (
        "Sadhbh Doireann Fiadh Blathnaid Caoilfhionn",
        "Ferdia Ruadhan Flann Ciarnan Fachtna",
        "Shortall MacGiollaphadraig Bhraonain Lynott",
    ),
    "German": (
        "Irmtraud Swantje Notburga Traudl Walburga",
        "Leberecht Ruediger Ortwin Gerwin Hartwig",
        "Schwarzenegger Oberhuber Kleinschmidt Ruckdeschel Obermaier Leutheusser Rosenkranz Auerswald "
        "Wunderlich Kretschmann Bierbaum Niedermeyer Sauerbrey Zwanziger Pfaffenberger Grasshoff",
    ),
    "Dutch/Frisian": (
        "Geertje Wietske Baukje Aaltje",
        "Tjeerd Hylke Douwe Sybren Fokke",
        "Brouwersma Dijkgraaf Zuidema Wijnaldum Tuinstra Oosterhuis Kloosterman Wiersma "
        "Hofstede Ploegmakers Terpstra Boersma Anema Nijenhuis Haverkamp",
    ),
    "Nordic": (
        "Torunn Gunnhild Ingvild Alvhild Estrid",
        "Torstein Halvard Leiv Brynjulf Hallvard Gudmund Torgeir Njal Ragnvald Torvald",
        "Kvalheim Thorvaldsen Skjervheim Fossum Lysaker Solbakken Bjornstad Vinje Wallenberg "
        "Hammarskjold Gyllenhaal Stromqvist",
    ),
    "Finnish": (
        "Lahja Impi Senja Vilja",
        "Aatu Urho Unto Sulo Voitto",
        "Kaurismaki Raikkonen Kekkonen Nurmela Peltomaa Rintamaki Saarijarvi Pietikainen Kouki "
        "Vainikainen Haapasalo Paasikivi Sibelius",
    ),
    "French/Breton": (
        "Maiwenn Enora Soizic Violaine Sidonie Leocadie",
        "Gwendal Enguerrand",
        "Delacroix Fontenelle Lamarque Montgolfier Chateaubriand Marchetti Ribaud Courtemanche",
    ),
    "Spanish/Basque/Galician": (
        "Nekane Ainhoa Arantxa Maialen Iciar Uxia",
        "Unai Gorka Xabier Jokin Eneko Xoan Brais Anxo",
        "Zubizarreta Aranguren Etxeberria",
    ),
    "Latin American": (
        "Yatzil Xochitl Citlali Itzel Nayeli Yuliana Yurany Leidy",
        "Tenoch Cuauhtemoc Filiberto Brayan Yeison Jhon",
        "Anchondo Zamarripa Cienfuegos Landaverde Yrigoyen Tlapanco Xicohtencatl Cuautle",
    ),
    "Portuguese/Brazilian": (
        "Graca Rosineide Edileusa Marinalva Jucelia Ivonete Creusa Raimunda Valdirene Jussara Iracema",
        "Weslley Jailson Genivaldo Josenildo Cleiton Moacir Ubirajara",
        "Braganca Quintela Sobral Cavaco Guimaraes Brandao Bittencourt Wanderley "
        "Alencar Holanda Falcao Portela Trindade",
    ),
    "Italian": (
        "Immacolata Crocifissa Nunzia Incoronata Benedetta",
        "Settimio",
        "Capobianco Scognamiglio Quagliarella Buonarroti Abbruzzese Cacciapuoti Sannino Tagliaferri "
        "Zampieri Lombardozzi Nicolosi Squillace",
    ),
    "Polish": (
        "Wieslawa Bogumila Wladyslawa Teodozja",
        "Zdzislaw Bozydar Mieczyslaw Lech",
        "Brzeczyszczykiewicz Wojciechowski Grzybowski Szczepanski Przybylski Chrzanowski Zdziebko "
        "Kaczmarczyk Pietrzak Wrobel Szymczak Gwiazdowski Jedrzejczak Kolodziej Mroczkowski Sobieraj",
    ),
    "Czech": (
        "Vaclava",
        "",
        "Zahradnik Vondracek Pospichal Bartak Chmelar Drozd Hronek Jirousek Kohout Lhotak Mracek "
        "Nedved Ondracek Rehak Smetana Urbanek Zatopek Hasek Janacek Hrabal Kundera",
    ),
    "Hungarian": (
        "Emoke Csenge",
        "Tihamer Bulcsu Lehel Apor Koppany",
        "Szentgyorgyi Rakosi Gaal Bartok Kodaly Liszt Puskas Semmelweis Szechenyi Esterhazy Petofi "
        "Moricz Jokai Kosztolanyi Karinthy Orkeny Hunyadi Rakoczi Bethlen Zrinyi Teleki",
    ),
    "Greek": (
        "Eleftheria Chrysoula Panagiota Paraskevi Vasiliki Stavroula Kyriaki",
        "Spyridon Charalampos Dimosthenis Themistoklis Aristotelis Achilleas Periklis",
        "Papadopoulos Konstantinidis Georgiadis Alexandropoulos Karamanlis Venizelos Stavropoulos "
        "Tsakalidis Papanikolaou Christodoulou Economou Zervas Kyriakidis Theodorakis Lambrakis "
        "Manolakis Xenakis",
    ),
    "Turkish": (
        "Nurhan Sevgul Pinar Dilek Meltem Cagla Ebru Gulsen Ozlem",
        "Oguz Tolga Volkan Ufuk Kerem Tugrul",
        "Yilmazer Ozturkmen Karaduman Cakiroglu Demirbas Kocabiyik Erdogdu Tasdemir Yavuzer Akgunduz "
        "Bayraktar Gundogan Cetinkaya Ozbilgin Sarioglu Dogruel Kahveci",
    ),
    "Arabic": (
        "Latifa Saadia Zoubida Rasha Ghada Reem Hanan Lubna Suad Nouf Hessa Bouchra Yousra",
        "Abdulrahman Abdelilah Driss Mbarek Lahcen Tarek Ashraf Hossam Nasser Faisal Bandar Mishari",
        "Al-Khatib Al-Masri Khoury Nasrallah Barghouti Hamdan Al-Sayed Abdelrahman Benjelloun Chraibi "
        "El-Fassi Bennani Tazi Lahlou Ouazzani Hajji",
    ),
    "Persian": (
        "Shirin Azadeh Nasrin Parisa Laleh Farnaz Niloufar Golnaz Mahnaz Anoushka",
        "Dariush Kourosh Siavash Bijan Behrouz Farshid Shahram Mehrdad Kaveh Babak Parviz",
        "Ahmadinejad Rafsanjani Khorasani Tabatabai Shirazi Esfahani Kermani Tehrani Zarrinkamar "
        "Mirzakhani Ghorbani Rostami Sadeghi Bagheri Moradi Shahbazi",
    ),
    "Indian": (
        "Padmavathi Meenakshi Jayalakshmi Kalaiselvi Muthulakshmi Ananya Aishwarya Harpreet Manpreet "
        "Jaspreet Simranjit",
        "Chandrasekhar Thirumalai Anbarasan Tamilselvan Sathyamoorthy Tanmay Hrithik Abhishek Vaibhav "
        "Ritesh Gurpreet Navjot Kuldeep Balwinder Paramjit Sukhwinder",
        "Subrahmanyam Chandrasekaran Raghunathan Gopalakrishnan Sundararajan Ayyangar Nambiar Kurup "
        "Chettiar Mudaliar Bhattacharya Chattopadhyay Bandyopadhyay Gangopadhyay Paranjpe Ghatge",
    ),
    "Pakistani": (
        "Faiza Sana Rabia",
        "Zulfiqar Shahzad Naveed Waqas Junaid Sohail Mudassar Kashif",
        "Qureshi Siddiqui Abbasi Niazi Bhutto Janjua Khattak Afridi Yousafzai Durrani",
    ),
    "Bangladeshi": (
        "Nusrat Shabnam Sharmin Taslima Rokeya",
        "Shafiqul Rezaul Moinul Anisur Mostafizur",
        "Hossain Talukder Bhuiyan Mondal Mridha Sikder Molla Howlader",
    ),
    "Yoruba": (
        "Folasade Funmilayo Temitope Abimbola Bolanle Iyabo Modupe Yetunde",
        "Oluwaseun Olumide Oluwatobi Adebayo Babatunde Olufemi Adewale Kehinde Taiwo Damilola",
        "Oyelaran Ogunbanjo Olatunji Oyebanji Fashola Akintola Babangida Ogundipe Adesanya",
    ),
    "Igbo": ("Chinwe Nkechi Chioma Onyekachi", "Chidi Ugochukwu", "Onwuachi Nwankwo Iwobi Ugwu Ezeh Onuoha"),
    "Ghanaian": (
        "Efua Adjoa Ekua Araba Ewurabena Korkor Dede Dzifa Yayra",
        "Kakra Panyin Mawuli Selorm Elikem Senyo Edem Nii",
        "Agyeman Amankwah Kufuor Frimpong Addo Annan Quaye Tetteh Lamptey Ankrah Aidoo Awoonor "
        "Dzidzienyo Gbedemah Kpodo Agbodeka Nunoo Nyarko",
    ),
    "Kenyan": ("", "Kipchoge", "Oduya Kibaki Kalonzo Tergat Keino"),
    "Ethiopian": (
        "Tigist Meseret Almaz Selamawit Hiwot Tsion Mekdes Eyerusalem",
        "Abebe Tesfaye Alemayehu Girma Yohannes Mulugeta Dawit Getachew",
        "Gebremariam Tadesse Bekele Wolde Mengistu Gebreyesus Selassie Negash Berhane Asfaw",
    ),
    "Chinese (pinyin)": (
        "Xinyi Yutong Jiahui Xiuying Guiying Yuqi Ruoxi Meiling Lihua Chunhua Yanping Xiaoyan Haiyan",
        "Xiaoming Jianguo Guoqiang Zhiwei Haoran Zihan Yuxuan Zixuan Weiwei Junjie Jiawei",
        "Zhou Zhao Zhu Guo Cao Peng Zeng Xiao Tian Yuan Ouyang Zhuge Shangguan Murong",
    ),
    "Korean": (
        "Seoyeon Hayoon Yejin Sumin Eunji Hyejin Minseo Yoonah Chaeyoung",
        "Jiwoo Minjun Seojun Jihoon Dohyun Seungmin Jaehyun Hyunwoo Sangmin Dongwook Kyungsoo",
        "Yoon Jang Seo Shin Kwon Bae Baek Heo Noh Kwak Seong",
    ),
    "Japanese": (
        "Hinata Yui Himari Nobuko Chiyo Haruka Yuina",
        "Haruto Sota Yuto Minato Itsuki Kazuki Yusuke Tomoya Naoki Kenta Masaru Takeshi Tsubasa Kotaro",
        "Takahashi Watanabe Yamamoto Nakamura Kobayashi Yoshida Yamaguchi Matsumoto Yamazaki Ikeda "
        "Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Murakami Ishii Saito Sakamoto Endo Aoki "
        "Fujii Nishimura Harada Matsuda Tamura Nakagawa Kaneko Wada Ishida Miyazaki Miyamoto Uchida "
        "Takagi Ando Taniguchi Ohno Maruyama",
    ),
    "Vietnamese": (
        "Nguyet Thuy Trang Quynh Nhung Diep Oanh",
        "Duc Hieu Thang Cuong Vinh Khanh",
        "Phan Dang Ngo Truong Dinh",
    ),
    "Filipino": (
        "Marivic Maricar Jennylyn Nenita Leonila Analyn",
        "Rommel Arnel Jhun Bongbong Dindo Joselito",
        "Macapagal Aquino Magsaysay Manalo Dimaculangan Macaraeg Pangilinan Dimagiba Sison Lacson "
        "Pacquiao Dumlao",
    ),
    "Indonesian": (
        "Megawati Anggun Melati Endang",
        "Wiranto Susilo Sukarno Tjahjo Bayu Sutrisno Suharto Yudhi",
        "Susanto Sugiarto Hartono Suryadi Tanoto Sutanto Nasution Harahap",
    ),
}
# Real names that are also ordinary English words: a detector could not tell them apart in running text.
_ENGLISH_WORDS = frozenset({"lech", "reem", "tam", "sun", "pan", "dong", "yeoman", "granger", "annan"})


def _fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


@functools.cache
def faker_names() -> frozenset[str]:
    """Every first and last name in every Faker person provider, case-folded, with ASCII foldings
    and the parts of multi-word names."""
    import faker.config
    import faker.providers.person as person

    modules = {m.name for m in pkgutil.iter_modules(person.__path__)} | set(faker.config.AVAILABLE_LOCALES)
    out: set[str] = set()
    for name in sorted(modules):
        try:
            provider = importlib.import_module(f"{person.__name__}.{name}").Provider
        except ImportError:
            continue
        for attr in dir(provider):
            if not attr.startswith(("first_name", "last_name")):
                continue
            values = getattr(provider, attr)
            if isinstance(values, dict):
                values = list(values)
            if not isinstance(values, list | tuple | set | frozenset):
                continue
            for value in values:
                if isinstance(value, str):
                    for part in (value, *re.split(r"[\s'’-]+", value)):
                        if part:
                            out.update((part.casefold(), _fold(part)))
    return frozenset(out)


def _outside(name: str) -> bool:
    known = faker_names()
    parts = [name, *name.split("-")]
    return (
        len(name) >= 3
        and name.casefold() not in _ENGLISH_WORDS
        and not any(p.casefold() in known or _fold(p) in known for p in parts)
    )


def _keep(kind: int) -> tuple[str, ...]:
    names = [n for female, male, last in _HAND.values() for n in (female, male, last)[kind].split()]
    return tuple(n for n in dict.fromkeys(names) if _outside(n))


@functools.cache
def female_first() -> tuple[str, ...]:
    return _keep(0)


@functools.cache
def male_first() -> tuple[str, ...]:
    return _keep(1)


@functools.cache
def last_names() -> tuple[str, ...]:
    return _keep(2)


@functools.cache
def culture(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(female first, male first, surnames) of one culture of the hand lists, filtered."""
    return tuple(tuple(n for n in part.split() if _outside(n)) for part in _HAND[name])  # type: ignore


def counts() -> dict[str, int]:
    hand = {k: len({n for v in _HAND.values() for n in v[i].split()}) for i, k in enumerate(("f", "m", "l"))}
    return {
        "hand female first": hand["f"],
        "hand male first": hand["m"],
        "hand surnames": hand["l"],
        "kept female first": len(female_first()),
        "kept male first": len(male_first()),
        "kept first (all)": len(set(female_first()) | set(male_first())),
        "kept surnames": len(last_names()),
    }


if __name__ == "__main__":
    for key, value in counts().items():
        print(f"{key:<20}{value:>5}")
