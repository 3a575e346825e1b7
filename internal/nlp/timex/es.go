package timex

import (
	"strings"
	"time"
)

// Spanish rules. Months and weekdays are written in lower case; "mar"
// (the sea) is no month form, and "mayo" is one only as these patterns
// place it.
const (
	esMonth   = `enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre`
	esWeekday = `lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo`
	esNumber  = `\d+(?:[.,]\d+)?|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|varios|varias|algunos|algunas|unos|unas|pocos|pocas|muchos|muchas`
	esUnit    = `años|año|meses|mes|semanas|semana|días|día|dias|horas|hora|minutos|minuto|segundos|segundo|décadas|década|decadas|decada|siglos|siglo`
)

var (
	esMonthKeys   = strings.Fields("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre")
	esWeekdayKeys = strings.Fields("lunes martes rcoles jueves viernes bado domingo")
	esUnitKeys    = strings.Fields("ño Ño mes semana día dÍa dias hora minuto segundo cada siglo")
)

var esRules = []rule{
	{re: re(`\b(?:(?P<wd>` + esWeekday + `),?\s+)?(?:(?P<pre>el|del|al)\s+)?(?P<d>[0-3]?\d)(?:\.?º|°)?\s+de\s+(?P<mo>` + esMonth + `)\b(?:\s+(?:de|del)\s+(?P<y>\d{4})\b)?`), fn: euDate, need: esMonthKeys, script: spanish},
	{re: re(`\b(?:(?P<pre>a\s+principios\s+de|a\s+finales\s+de|a\s+mediados\s+de|a\s+fines\s+de|principios\s+de|finales\s+de|mediados\s+de|fines\s+de|el\s+pasado\s+mes\s+de|el\s+próximo\s+mes\s+de|el\s+mes\s+de|en\s+el\s+mes\s+de|el\s+pasado|el\s+próximo|en|desde|hasta|durante|para|de|este|pasado|próximo)\s+)?(?P<mo>` + esMonth + `)\b(?:\s+(?:de|del)\s+(?P<y>\d{4})\b|\s+(?P<rel>pasado|próximo|de\s+este\s+año|del\s+año\s+pasado|del\s+próximo\s+año|del\s+año\s+que\s+viene)\b)?`), fn: euMonth, need: esMonthKeys, script: spanish},
	{re: re(`\b(?:(?P<rel0>el\s+pasado|el\s+próximo|este|el\s+último|pasado|próximo)\s+)?(?P<wd>` + esWeekday + `)(?:\s+(?P<rel>pasado|próximo|que\s+viene)\b)?(?:\s+(?:por|en|de)\s+la\s+(?P<part>mañana|tarde|noche))?`), fn: euWeekday, need: esWeekdayKeys, script: spanish},
	{re: re(`\b(?P<w>hoy\s+en\s+día|hoy|ayer|anteayer|antier|anoche|pasado\s+mañana|mañana|actualmente|ahora|recientemente|esta\s+mañana|esta\s+tarde|esta\s+noche)(?:\s+(?:por|en)\s+la\s+(?P<part>mañana|tarde|noche))?`), fn: euWord, need: strings.Fields("hoy ayer antier anoche ñana Ñana actualmente ahora recientemente tarde noche"), script: spanish},
	{re: re(`\b(?:(?P<art>el|la|este|esta|ese|esa|aquel|aquella|al)\s+)?(?:(?P<adj0>pasado|pasada|próximo|próxima|mismo|misma)\s+)?(?P<u>año|mes|semana|día)\b(?:\s+(?P<adj>pasado|pasada|próximo|próxima|anterior|siguiente|que\s+viene|entrante)\b)?`), fn: euUnit, need: strings.Fields("ño Ño mes semana día dÍa"), script: spanish},
	{re: re(`\b(?:(?P<pre>hace|dentro\s+de|durante|desde\s+hace|en\s+los\s+últimos|en\s+las\s+últimas|los\s+últimos|las\s+últimas|los\s+próximos|las\s+próximas|en\s+los\s+próximos|en\s+las\s+próximas)\s+)?(?:(?:más\s+de|menos\s+de|casi|cerca\s+de|alrededor\s+de)\s+)?(?P<num>` + esNumber + `)\s+(?P<unit>` + esUnit + `)\b(?:\s+(?P<post>después|antes|atrás|más\s+tarde)\b)?`), fn: euNumUnit, need: esUnitKeys, script: spanish},
	{re: re(`\b(?:(?P<w>cada|todos\s+los|todas\s+las|los)\s+(?:(?P<num>\d+|dos|tres|cuatro|cinco|seis|diez)\s+)?(?P<unit>años|año|meses|mes|semanas|semana|días|día|dias|horas|hora|` + esWeekday + `)\b|(?P<adv>anualmente|mensualmente|semanalmente|diariamente)\b)`), fn: esSet, need: strings.Fields("cada todos todas los mente"), script: spanish},
}

// esSet is euSet, except that "los" alone makes a set of weekdays only
// ("los lunes", not "los años").
func esSet(s *state, m *match) (string, string, bool) {
	if fold(m.g("w")) == "los" {
		if _, wd := esLex.weekdays[fold(m.g("unit"))]; !wd || m.g("num") != "" {
			return "", "", false
		}
	}
	return euSet(s, m)
}

var esLex = func() *lexicon {
	l := &lexicon{
		months: map[string]time.Month{
			"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
			"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
		},
		weekdays: weekdayNames("domingo lunes martes miercoles jueves viernes sabado"),
		numbers: map[string]float64{
			"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
			"nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
			"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
			"ochenta": 80, "noventa": 90, "cien": 100,
			"varios": -1, "varias": -1, "algunos": -1, "algunas": -1, "unos": -1, "unas": -1,
			"pocos": -1, "pocas": -1, "muchos": -1, "muchas": -1,
		},
		units: unitNames(map[string]string{
			"year": "ano anos", "month": "mes meses", "week": "semana semanas", "day": "dia dias",
			"hour": "hora horas", "minute": "minuto minutos", "second": "segundo segundos",
			"decade": "decada decadas", "century": "siglo siglos",
		}),
		rel: map[string]string{
			"pasado": "last", "pasada": "last", "ultimo": "last", "ultima": "last",
			"proximo": "next", "proxima": "next", "que viene": "next", "entrante": "next",
			"este": "this", "esta": "this",
			"ese": "same", "esa": "same", "aquel": "same", "aquella": "same", "mismo": "same", "misma": "same",
			"anterior": "previous", "siguiente": "following",
			"hace": "ago", "atras": "ago", "despues": "later", "mas tarde": "later", "antes": "earlier",
			"de este ano": "ythis", "del ano pasado": "ylast", "del proximo ano": "ynext", "del ano que viene": "ynext",
		},
		parts: map[string]string{"manana": "MO", "tarde": "AF", "noche": "NI"},
		words: map[string]wordRef{
			"hoy": {kind: "day"}, "ayer": {kind: "day", n: -1}, "anteayer": {kind: "day", n: -2}, "antier": {kind: "day", n: -2},
			"manana": {kind: "day", n: 1}, "pasado manana": {kind: "day", n: 2},
			"anoche": {kind: "day", n: -1, part: "NI"}, "esta manana": {kind: "day", part: "MO"},
			"esta tarde": {kind: "day", part: "AF"}, "esta noche": {kind: "day", part: "NI"},
			"actualmente": {kind: "PRESENT_REF"}, "ahora": {kind: "PRESENT_REF"}, "hoy en dia": {kind: "PRESENT_REF"},
			"recientemente": {kind: "PAST_REF"},
		},
		adverbs:    map[string]string{"anualmente": "P1Y", "mensualmente": "P1M", "semanalmente": "P1W", "diariamente": "P1D"},
		drop:       lexWords("en desde hasta durante para de a del al"),
		weakBefore: lexWords("de para"),
		lowerNames: true,
	}
	return l
}()
