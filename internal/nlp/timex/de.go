package timex

import (
	"strings"
	"time"
)

// German rules. Month and day names are capitalised like every noun, so
// a month without a day or year ("Mai", "März", "August") is a date only
// after a word that makes it one ("im Mai", "Ende März"); "Morgen" with a
// capital inside a sentence is the morning, "morgen" tomorrow.
const (
	deMonth   = `januar|jänner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember`
	deWeekday = `montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag`
	deNumber  = `\d+(?:[.,]\d+)?|einem|einer|einen|eine|ein\s+paar|ein|zwei|drei|vierzig|vier|fünfzehn|fünfzig|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|hundert|mehreren|mehrere|einigen|einige|wenigen|wenige`
	deUnit    = `jahrzehnten|jahrzehnte|jahrzehnt|jahrhunderten|jahrhunderte|jahrhundert|jahren|jahre|jahr|monaten|monate|monat|wochen|woche|tagen|tage|tag|stunden|stunde|minuten|minute|sekunden|sekunde`
	deRelAdj  = `letzte[nrms]?|vergangene[nrms]?|vorige[nrms]?|nächste[nrms]?|kommende[nrms]?|diese[nrms]?|selbe[nrms]?|gleiche[nrms]?|darauffolgende[nrms]?|folgende[nrms]?|vorherige[nrms]?`
)

var (
	deMonthKeys   = strings.Fields("januar nner februar feber märz mÄrz maerz april mai juni juli august september oktober november dezember")
	deWeekdayKeys = strings.Fields("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag")
	deUnitKeys    = strings.Fields("jahr monat woche tag stunde minute sekunde")
)

var deRules = []rule{
	{re: re(`\b(?:(?P<wd>` + deWeekday + `),?\s+)?(?:(?P<pre>den|dem|am|vom|zum|bis\s+zum|seit\s+dem)\s+)?(?P<d>[0-3]?\d)\.\s*(?P<mo>` + deMonth + `)\b(?:\s+(?P<y>\d{4})\b)?`), fn: euDate, need: deMonthKeys, script: german},
	{re: re(`\b(?:(?P<pre>im\s+vergangenen|im\s+letzten|im\s+kommenden|im\s+nächsten|bis\s+ende|bis\s+anfang|bis\s+mitte|seit\s+anfang|seit\s+ende|seit\s+mitte|ab\s+anfang|ab\s+mitte|ab\s+ende|anfang|mitte|ende|im|seit|bis|ab|vom|zum|von|für|nach|gegen|vergangenen|letzten|vorigen|nächsten|kommenden|diesen)\s+)?(?P<mo>` + deMonth + `)\b(?:\s+(?P<y>\d{4})\b|\s+(?P<rel>dieses\s+jahres|des\s+vergangenen\s+jahres|vergangenen\s+jahres|letzten\s+jahres|des\s+vorjahres|vorigen\s+jahres|nächsten\s+jahres|kommenden\s+jahres)\b)?`), fn: euMonth, need: deMonthKeys, script: german},
	{re: re(`\b(?:(?P<rel0>vergangenen|letzten|vorigen|nächsten|kommenden|diesen|diesem)\s+)?(?P<wd>` + deWeekday + `)(?P<part>morgen|vormittag|nachmittag|abend|nacht)?(?P<pl>s)?\b`), fn: euWeekday, need: deWeekdayKeys, script: german},
	{re: re(`(?P<w>vor\s+kurzem|heute|gestern|vorgestern|übermorgen|morgen|derzeit|zurzeit|jetzt|gegenwärtig|kürzlich|neulich|demnächst|künftig|tags\s+darauf|tags\s+zuvor)(?:\s+(?P<part>morgen|früh|vormittag|nachmittag|abend|nacht))?\b`), fn: euWord, need: strings.Fields("heute gestern morgen kurzem derzeit zurzeit jetzt gegenw rzlich neulich demn nftig tags"), script: german},
	{re: re(`\b(?:(?P<pos>anfang|mitte|ende)\s+)?(?:(?P<art>im|am|in|an)\s+)?(?P<adj>` + deRelAdj + `)\s+(?P<u>jahres|jahre|jahr|monats|monate|monat|wochen|woche|tages|tage|tag)\b`), fn: euUnit, need: strings.Fields("jahr monat woche tag"), script: german},
	{re: re(`\b(?P<adj>vor|folge)(?P<u>jahr|monat|woche|tag)(?:es|s)?\b`), fn: euUnit, need: strings.Fields("vorjahr vormonat vorwoche vortag folgejahr folgemonat folgewoche folgetag"), script: german},
	{re: re(`\b(?:(?P<art>im|am)\s+)?(?P<u>jahr|monat|tag)\s+(?P<adj>darauf|danach|zuvor|davor)\b`), fn: euUnit, need: strings.Fields("jahr monat tag"), script: german},
	{re: re(`\b(?:(?P<pre>vor|seit|in|nach|für|binnen|innerhalb\s+von|den\s+letzten|den\s+vergangenen|den\s+nächsten|in\s+den\s+letzten|in\s+den\s+vergangenen|in\s+den\s+nächsten)\s+)?(?:(?:mehr\s+als|fast|knapp|rund|etwa|über|gut)\s+)?(?P<num>` + deNumber + `)\s+(?P<unit>` + deUnit + `)\b(?:\s+(?P<post>später|zuvor|früher|danach|davor|lang|her|alt)\b)?`), fn: euNumUnit, need: deUnitKeys, script: german},
	{re: re(`\b(?:(?P<pre>bis|seit|ab|für|gegen|von|im)\s+)?(?:(?P<pos>anfang|mitte|ende)\s+(?:des\s+jahres\s+)?|(?P<jahr>jahre?)\s+)(?P<y>[12]\d{3})\b`), fn: deYear, need: strings.Fields("anfang mitte ende jahr"), script: german},
	{re: re(`\b(?:(?P<pre>am|übers|über\s+das|dieses|diesem|vergangenen|letzten|vorigen|kommenden|nächsten)\s+)?wochenende\b`), fn: deWeekend, need: []string{"wochenende"}, script: german},
	{re: re(`\b(?:(?P<w>jede[nrsm]?|alle)\s+(?:(?P<num>\d+|zwei|drei|vier|fünf|sechs|zehn)\s+)?(?P<unit>jahre|jahr|monate|monat|wochen|woche|tage|tag|stunden|stunde|` + deWeekday + `)\b|(?P<adv>täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich)\b)`), fn: euSet, need: strings.Fields("jede alle lich"), script: german},
}

var deLex = func() *lexicon {
	l := &lexicon{
		months: map[string]time.Month{
			"januar": 1, "janner": 1, "februar": 2, "feber": 2, "marz": 3, "maerz": 3, "april": 4, "mai": 5,
			"juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
		},
		weekdays: weekdayNames("sonntag montag dienstag mittwoch donnerstag freitag samstag/sonnabend"),
		numbers: map[string]float64{
			"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5,
			"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "funfzehn": 15,
			"zwanzig": 20, "dreissig": 30, "vierzig": 40, "funfzig": 50, "hundert": 100,
			"mehrere": -1, "mehreren": -1, "einige": -1, "einigen": -1, "wenige": -1, "wenigen": -1, "ein paar": -1,
		},
		units: unitNames(map[string]string{
			"year": "jahr jahre jahren jahres", "month": "monat monate monaten monats", "week": "woche wochen",
			"day": "tag tage tagen tages", "hour": "stunde stunden", "minute": "minute minuten",
			"second": "sekunde sekunden", "decade": "jahrzehnt jahrzehnte jahrzehnten",
			"century": "jahrhundert jahrhunderte jahrhunderten",
		}),
		rel: map[string]string{
			"vor": "ago", "her": "ago", "spater": "later", "danach": "later", "darauf": "following",
			"zuvor": "earlier", "fruher": "earlier", "davor": "earlier", "folge": "following",
			"dieses jahres": "ythis", "des vergangenen jahres": "ylast", "vergangenen jahres": "ylast",
			"letzten jahres": "ylast", "des vorjahres": "ylast", "vorigen jahres": "ylast",
			"nachsten jahres": "ynext", "kommenden jahres": "ynext",
		},
		parts: map[string]string{"morgen": "MO", "fruh": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
		words: map[string]wordRef{
			"heute": {kind: "day"}, "gestern": {kind: "day", n: -1}, "vorgestern": {kind: "day", n: -2},
			"morgen": {kind: "day", n: 1}, "ubermorgen": {kind: "day", n: 2},
			"tags darauf": {kind: "day", n: 1, anchor: true}, "tags zuvor": {kind: "day", n: -1, anchor: true},
			"derzeit": {kind: "PRESENT_REF"}, "zurzeit": {kind: "PRESENT_REF"}, "jetzt": {kind: "PRESENT_REF"},
			"gegenwartig": {kind: "PRESENT_REF"}, "kurzlich": {kind: "PAST_REF"}, "vor kurzem": {kind: "PAST_REF"},
			"neulich": {kind: "PAST_REF"}, "demnachst": {kind: "FUTURE_REF"}, "kunftig": {kind: "FUTURE_REF"},
		},
		adverbs: map[string]string{
			"taglich": "P1D", "wochentlich": "P1W", "monatlich": "P1M", "jahrlich": "P1Y", "alljahrlich": "P1Y", "stundlich": "PT1H",
		},
		drop: lexWords("im am in an seit bis ab vom zum von nach fur gegen binnen innerhalb den ubers uber das"),
	}
	inflect(l.rel, "last", "letzt vergangen vorig", "e", "en", "er", "es", "em")
	inflect(l.rel, "next", "nachst kommend", "e", "en", "er", "es", "em")
	inflect(l.rel, "this", "dies", "e", "en", "er", "es", "em")
	inflect(l.rel, "same", "selb gleich", "e", "en", "er", "es", "em")
	inflect(l.rel, "previous", "vorherig", "e", "en", "er", "es", "em")
	inflect(l.rel, "following", "folgend darauffolgend", "e", "en", "er", "es", "em")
	return l
}()

// deYear resolves a year that a German word makes a date, where the
// year rule, which takes a capitalised word before a number for a name
// ("Windows 2000"), does not: "Ende 2026", "Mitte 2024", "im Jahr 2027".
func deYear(s *state, m *match) (string, string, bool) {
	m.trimLead("pre", deLex)
	return s.date(ref{t: ymd(atoi(m.g("y")), 1, 1), g: gYear})
}

// deWeekend resolves "am Wochenende" as theWeekend does "the weekend",
// and "vergangenen" or "kommenden Wochenende" to the weekend before or
// after the creation date's week.
func deWeekend(s *state, m *match) (string, string, bool) {
	rel := deLex.rel[fold(m.g("pre"))]
	m.trimLead("pre", deLex)
	if !s.known {
		return Date, "XXXX-WXX-WE", true
	}
	t, wd := s.dct, s.dct.Weekday()
	switch rel {
	case "last":
		if weekend := wd == time.Saturday || wd == time.Sunday; weekend {
			t = t.AddDate(0, 0, -7) // a week before the creation date
		} else {
			t = t.AddDate(0, 0, -int(wd)) // the Sunday before
		}
	case "next":
		t = t.AddDate(0, 0, int(time.Saturday-wd)) // the Saturday ahead
		if wd == time.Saturday {
			t = t.AddDate(0, 0, 7) // not the weekend it is
		}
	default:
		return theWeekend(s, m)
	}
	return s.date(ref{t: t, g: gWeekend})
}
