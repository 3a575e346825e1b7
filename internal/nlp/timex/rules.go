package timex

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// re compiles a case-insensitive rule pattern into one that matches the
// same in the ASCII-lower-cased text (asciiLower): its ASCII literals are
// written in lower case and lose the case folding, which is what makes
// most of the cost of case-insensitive matching. Literals with non-ASCII
// letters keep it, as asciiLower leaves those letters as they are.
func re(s string) *regexp.Regexp {
	tree, err := syntax.Parse(`(?i)`+s, syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("timex: rule %q: %v", s, err))
	}
	return regexp.MustCompile(lowerLiterals(tree).String())
}

// lowerLiterals rewrites the case-folded literals of tree that are all
// ASCII as lower-case, case-sensitive ones.
func lowerLiterals(tree *syntax.Regexp) *syntax.Regexp {
	for _, sub := range tree.Sub {
		lowerLiterals(sub)
	}
	if tree.Op != syntax.OpLiteral || tree.Flags&syntax.FoldCase == 0 {
		return tree
	}
	for _, r := range tree.Rune {
		if r >= utf8.RuneSelf {
			return tree
		}
	}
	for i, r := range tree.Rune {
		if r >= 'A' && r <= 'Z' {
			tree.Rune[i] = r + 'a' - 'A'
		}
	}
	tree.Flags &^= syntax.FoldCase
	return tree
}

// rules is the fixed rule set. Order matters only between candidates of
// equal length (earlier wins).
var rules = func() []rule {
	rs := slices.Concat(baseRules, esRules, deRules, frRules, itRules, dmyRules)
	for i := range rs {
		if rs[i].atWord {
			rs[i].anchored = regexp.MustCompile(`^(?:` + rs[i].re.String() + `)`)
		}
	}
	return rs
}()

// The words the long month and duration patterns can start with (rule
// first): a weekday, a word of rePosition, a month name; a word of
// reApprox, a determiner, a relative word or a number.
var (
	monthWords = "january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec"
	positionWords   = "early mid late the"
	monthDayFirst   = wordSet(strings.Join(strings.Fields("monday tuesday wednesday thursday friday saturday sunday "+positionWords+" "+monthWords), "|"))
	monthAloneFirst = wordSet(strings.Join(strings.Fields(positionWords+" last next this "+monthWords), "|"))
	numUnitFirst    = wordSet(strings.Join(strings.Fields("about around approximately roughly nearly almost some more less fewer at up no "+
		"the each all a an past last next first coming previous following final initial remaining same recent ensuing preceding latest further another "+
		strings.ReplaceAll(reNumWord, "|", " ")+" couple half several few many dozens hundreds"), "|"))
)

// baseRules are the English, Korean and Portuguese rules.
var baseRules = []rule{
	// --- explicit dates -------------------------------------------------
	{re: re(`\b(?P<y>` + reYear + `)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?\b`), fn: isoDate, near: nearYears, universal: true, reach: [2]int{16, 24}},
	{re: re(`\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})\b`), fn: slashDate, need: []string{"/"}, universal: true},
	{re: re(`\b(?:(?P<wd>` + reWeekday + `),?\s+)?` + rePosition + `(?P<mo>` + reMonthName + `)\s*(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b|(?P<dw>` + reOrdinalLoose + `)\b)(?:,?\s+(?P<y>` + reYear + `)\b)?`), fn: monthDay, near: nearMonthDay, words: [2]int{4, 3}, atWord: true, first: monthDayFirst},
	{re: re(`\b(?:(?P<wd>` + reWeekday + `),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mo>` + reMonthName + `)(?:,?\s+(?P<y>` + reYear + `)\b)?`), fn: monthDay, near: nearDayMonth},
	{re: re(`\b` + rePosition + `(?P<mo>` + reMonthName + `)(?:\s+of)?,?\s+(?P<y>` + reYear + `)\b`), fn: monthYear, near: nearMonthYear},
	{re: re(`\b` + rePosition + `(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?(?P<mo>` + reMonthName + `)(?:\s+(?P<ry>last|this|next)\s+year\b)?`), fn: monthAlone, need: []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}, wordStart: true, words: [2]int{5, 2}, atWord: true, first: monthAloneFirst},
	{re: re(`\b` + rePosition + `(?:(?P<fy>fiscal|calendar|the\s+year|fiscal\s+year|the\s+fiscal\s+year|model\s+year)\s+)?(?P<y>` + reYear + `)\b(?P<more>\s+(?:and\s+beyond|or\s+later))?`), fn: yearAlone, near: nearYears, universal: true, words: [2]int{6, 2}},
	{re: re(`\b(?:the\s+year\s+)?(?P<sy>nineteen|twenty)[\s-]+` + reSpokenYearTail + `\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<sd2>one|two|three|four|five|six|seven|eight|nine|ten))?\b`), fn: spokenYear, need: []string{"nineteen", "twenty", "thousand"}, wordStart: true},
	{re: re(`\b(?:(?:the\s+)?(?P<se>spring|summer|fall|autumn|winter)\s+of|` + rePosition + `(?P<mo>` + reMonthName + `)(?:\s+of)?,?)\s+(?P<sy>nineteen|twenty)[\s-]+` + reSpokenYearTail + `\b`), fn: spokenMonthYear, need: []string{"nineteen", "twenty"}, wordStart: true},
	{re: re(`\b(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)'?s\b|'(?P<dec2>\d0)s\b|(?P<dec2>\d0)'s\b|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)`), fn: decade, need: []string{"0s", "0's", "ties"}, reach: [2]int{32, 16}},
	{re: re(`\b(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<c>\d{1,2})(?:st|nd|rd|th)|(?P<cw>` + reOrdinal + `))[\s-]+century\b`), fn: century, need: []string{"century"}, wordStart: true},
	{re: re(`\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?P<of>\s+of\s+(?:this|last|next|the)\s+month)?`), fn: theNth, near: nearOrdinals, reach: [2]int{16, 24}},

	// --- quarters, halves, seasons ---------------------------------------
	{re: re(`\b(?:(?P<det>the|this|its|a|last\s+year's|this\s+year's|next\s+year's|the\s+year-earlier|the\s+year-ago|the\s+comparable|the\s+same|the\s+(?P<qy0>` + reYear + `)|year-earlier|year-ago)\s+)?(?:(?:fiscal|flat|comparable|calendar|latest|current|fiscal-)\s*)*(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?:quarter|qtr\.?|period)s?\b(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?P<qy>` + reYear + `)\b|(?:\s+of)?\s+(?P<qrel>last|this|next)\s+year\b|(?P<ago>\s+a\s+year\s+(?:ago|earlier)))?`), fn: quarter, need: []string{"quarter", "qtr", "period"}, wordStart: true},
	{re: re(`\b(?:(?P<rel>the\s+latest|the\s+current|the\s+last|this|last|next|the\s+next|the\s+previous|the\s+same|that|the\s+year-earlier|the\s+year-ago|the\s+comparable|the\s+comparable\s+year-ago|the\s+corresponding|year-ago|year-earlier|last\s+year's|the|the\s+(?P<qy>` + reYear + `))\s+)(?:fiscal\s+)?(?P<u>quarter|period)\b(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year))?`), fn: relQuarter, need: []string{"quarter", "period"}, wordStart: true},
	{re: re(`\b(?:(?P<k>q[1-4]|h[12])(?:\s+(?P<y>` + reYear + `)\b|\s+fy\s*(?P<fy>\d{4}|\d{2})\b)?|fy\s*(?P<fy2>\d{4}|\d{2}))\b`), fn: shortPeriod, need: []string{"q1", "q2", "q3", "q4", "h1", "h2", "fy"}, wordStart: true},
	{re: re(`\b(?:the\s+)?(?P<h>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<hy>` + reYear + `)\b|(?P<hrel>this|last|next|the)\s+year\b|the\s+'(?P<hdec>\d0)s))?`), fn: half, need: []string{"half"}, wordStart: true},
	{re: re(`\b(?:(?P<rel>this|last|next|this\s+past|this\s+coming|early|late|the|the\s+early|the\s+late|mid)[\s-]+)?(?P<se>spring|summer|fall|autumn|winter)\b(?:\s+of\s+(?P<y>` + reYear + `)\b|\s+(?P<y2>` + reYear + `)\b)?`), fn: season, need: []string{"spring", "summer", "fall", "autumn", "winter"}, wordStart: true},

	// --- relative dates ----------------------------------------------------
	{re: re(`\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rd>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<part>` + reDayPart + `)\b)?`), fn: relDay, need: []string{"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"}, wordStart: true},
	{re: re(`\bmid[\s-]?(?P<part>morning|afternoon)\b(?:\s+(?P<rd>today|yesterday|tomorrow|` + reWeekday + `)\b)?`), fn: midPart, need: []string{"morning", "afternoon"}},
	{re: re(`\b(?:(?P<pos>early|late|earlier|later)\s+)?(?:(?P<that>that|the\s+same)|the\s+(?P<nx>next|following|previous)|(?P<rel>this|last|tomorrow|yesterday))\s+(?P<part>` + reDayPart + `)\b`), fn: relDay, need: []string{"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"}, wordStart: true},
	{re: re(`\b(?:(?P<pos>early|late|earlier|later|mid)[\s-]+(?:in\s+)?|the\s+(?P<pos3>end|beginning|start|middle)\s+of\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+previous|the\s+prior|the\s+following|the\s+next|the\s+same|that|the\s+latest|the\s+preceding|the\s+current)\s+(?:fiscal\s+|calendar\s+|financial\s+)?(?P<u>day|week|weekend|month|year|decade|century)\b(?:\s+or\s+so\b)?`), fn: relUnit, near: unitsAfter([]string{"day", "week", "month", "year", "decade", "century"}, relWords, true)},
	{re: re(`\b(?:(?P<pos>early|late|earlier|later|mid)\s+(?:in\s+)?)?the\s+(?P<u>day|week|weekend|month|year)\s+(?P<dir>before|after|earlier|later)\b`), fn: relUnit, near: unitsAfter([]string{"day", "week", "month", "year"}, theWord, false)},
	{re: re(`\b(?:(?P<pos>earlier|later|early|late)\s+in\s+)?the\s+(?:(?P<pos2>end|beginning|start|middle|turn)\s+of\s+the\s+)?(?P<fy>(?:fiscal|full|calendar)\s+)?(?P<u>year|month|week|day|decade|century)\b(?P<ended>\s+(?:ended|ending|since)\b)?`), fn: theUnit, near: unitsAfter([]string{"day", "week", "month", "year", "decade", "century"}, theWord, true)},
	{re: re(`\b(?:the\s+)?(?P<ord>` + reOrdinal + `|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day\b`), fn: nthDay, near: nearNthDay},
	{re: re(`\bthe\s+weekend\b`), fn: theWeekend, need: []string{"weekend"}, wordStart: true},
	{re: re(`\b(?P<ye>year[\s-]end|year's\s+end)\b`), fn: yearEnd, need: []string{"year"}, wordStart: true},
	{re: re(`\b(?:the\s+)?(?P<adj>year-earlier|year-ago|year-before)\b(?:(?P<rest>\s+period)|\s+(?:first\s+)?(?P<mos>` + reNumber + `)\s+months\b)?`), fn: yearAgoAdj, need: []string{"year-"}, wordStart: true},
	{re: re(`\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following|early|late|earlier|later)\s+)?(?P<wd>` + reWeekday + `)(?P<pl>s)?\b(?:\s+(?P<part>` + reDayPart + `)(?P<ppl>s)?\b)?(?:,?\s+(?:of\s+)?(?P<wk>last|next|this)\s+week\b)?`), fn: weekdayRule, need: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}, wordStart: true},

	{re: re(`\b(?:(?P<rel>last|next|this)\s+)?(?P<h>christmas(?:\s+(?:eve|day))?|new\s+year's(?:\s+(?:eve|day))?|thanksgiving(?:\s+day)?|valentine's\s+day|halloween)\b(?:,?\s+(?P<y>` + reYear + `)\b)?`), fn: holiday, need: []string{"christmas", "new year's", "thanksgiving", "valentine's", "halloween"}, wordStart: true},

	// --- durations and offsets ---------------------------------------------
	{re: re(`\b` + reApprox + `(?:(?P<det>the|each\s+of\s+the|all|a|an)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|final|initial|remaining|same|recent|ensuing|preceding|latest|further|another)\s+)?(?P<num>` + reNumber + `)(?:\s+(?:or|to|and)\s+(?P<num2>` + reNumber + `))?[\s-]+(?:(?:more|additional|straight|consecutive|full|trading|business|calendar|long|short|whole|extra|odd)\s+)?(?P<unit>` + reUnit + `)\b(?P<andhalf>\s+and\s+a\s+half\b)?(?:(?P<tail>[\s-]+(?:long|old))\b|(?:\s+or\s+so)?\s+(?P<ago>ago|earlier|from\s+now|hence)\b|(?P<later>\s+later)\b|(?P<orso>\s+or\s+so)\b)?(?P<per>\s+(?:period|span|stretch|term|spell|window|run|stint|deadline)\b)?`), fn: numUnit, near: nearNumberUnit, atWord: true, first: numUnitFirst, digits: true},
	{re: re(`\b(?:(?P<det>the)\s+)?(?:(?P<rel>past|last|next|coming|recent|previous|following|ensuing|early|first|final)\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b(?:\s+or\s+(?:minutes|hours|days|weeks|months|years|decades)\b)?(?:\s+(?P<ago>ago|earlier|later|ahead)\b)?`), fn: vagueUnits, need: []string{"seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries"}, wordStart: true, reach: [2]int{32, 24}},
	{re: re(`\b(?:a|one)\s+(?P<unit>day|week|month|year)\s+or\s+(?:two|so)\b`), fn: vagueUnits, near: unitsAfter([]string{"day", "week", "month", "year"}, wordSet("a|one"), false)},

	// --- sets ----------------------------------------------------------------
	{re: re(`\b(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>` + reNumber + `)\s+)?(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|(?P<part>morning|afternoon|evening))s?\b`), fn: setUnit, need: []string{"every", "each", "per", "once", "twice", "thrice", "times"}, wordStart: true},
	{re: re(`\b(?:every|each)\s+(?:(?P<wd>` + reWeekday + `)|(?P<mo>` + reMonthName + `))`), fn: setNamed, need: []string{"every", "each"}, wordStart: true},
	{re: re(`\b(?P<u>hour|day|week|month|year|decade|century|(?P<pl>hours|days|weeks|months|years|decades|centuries)-)-?long\b`), fn: unitLong, need: []string{"long"}},
	{re: re(`\b(?P<adv>daily|weekly|biweekly|monthly|yearly|annually|hourly|nightly|quarterly|semiannually|biannually)\b`), fn: setAdverb, need: []string{"daily", "weekly", "biweekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "semiannually", "biannually"}, wordStart: true},
	{re: re(`\b(?P<freq>once|twice|thrice|(?:` + reNumWord + `|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>second|minute|hour|day|week|month|quarter|year|decade)\b`), fn: setUnit, near: unitsAfter([]string{"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"}, wordSet("a|an|per|each|every"), false)},

	// --- times of day ------------------------------------------------------------
	{re: re(`\b(?:(?P<ap>about|around|approximately|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)(?:\s+\(?(?P<tz>[ECMP][SD]T|GMT|UTC|KST|JST|local\s+time)\b\)?)?(?:,?\s+(?P<dref>today|yesterday|tomorrow|tonight|` + reWeekday + `|(?P<dmo>` + reMonthName + `)\s*(?P<dd>[0-3]?\d)\b))?`), fn: clock, near: nearClock},
	{re: re(`\b(?:(?P<dref0>today|yesterday|tomorrow|` + reWeekday + `)\s+)?(?:(?P<ap>about|around|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?(?P<nm>noon|midday|midnight)\b(?:,?\s+(?:on\s+)?(?P<dref>today|yesterday|tomorrow|tonight|` + reWeekday + `)\b)?`), fn: clock, need: []string{"noon", "midday", "midnight"}, wordStart: true},
	{re: re(`\bat\s+(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)\b`), fn: clock, need: []string{":"}},
	{re: re(`\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?P<tz>gmt|utc)\b(?:,?\s+(?P<dref>today|yesterday|tomorrow|` + reWeekday + `)\b)?`), fn: clock, need: []string{"gmt", "utc"}, wordStart: true},
	{re: re(`\bovernight\b`), fn: overnight, need: []string{"overnight"}, wordStart: true},
	{re: re(`\b(?:(?P<pos>early|late)[\s-]+)?(?:(?P<the>the)\s+)?(?P<part>morning|afternoon|evening)\b`), fn: partAlone, need: []string{"morning", "afternoon", "evening"}, wordStart: true},

	// --- vague references ----------------------------------------------------------
	{re: re(`\b(?P<pr>(?:right\s+)?now|currently|nowadays|at\s+present|these\s+days|current|presently|for\s+the\s+time\s+being)\b`), fn: presentRef, need: []string{"now", "current", "present", "these days", "time being"}, wordStart: true, reach: [2]int{16, 16}},
	{re: re(`\b(?:quite\s+)?a\s+(?:little\s+)?while\b(?P<ago>\s+(?:ago|back)\b)?`), fn: aWhile, need: []string{"while"}},
	{re: re(`\b(?P<pr>recently|lately|the\s+past|recent\s+years|years\s+ago)\b`), fn: pastRef, need: []string{"recent", "lately", "past", "ago"}, wordStart: true},
	{re: re(`\b(?P<pr>the\s+future|the\s+near\s+future|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|the\s+medium\s+term|the\s+coming\s+(?:days|weeks|months|years)|as\s+soon\s+as\s+possible|soon|a\s+(?:later|future)\s+date)\b`), fn: futureRef, need: []string{"future", "term", "coming", "soon", "later date"}, wordStart: true},
	{re: re(`\b(?P<same>the\s+same|that(?:\s+same)?|this\s+same)\s+(?P<u>day|week|month|year)\b(?P<yago>\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|year\s+before|year\s+earlier))\b)?`), fn: relUnit, near: unitsAfter([]string{"day", "week", "month", "year"}, sameWords, false)},

	// --- Korean ---------------------------------------------------------------------
	{re: re(`(?P<y>\d{4})\s*년\s*(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일`), fn: koDate, glue: true, script: hangul},
	{re: re(`(?P<y>\d{4})\s*년\s*(?P<mo>\d{1,2})\s*월`), fn: koDate, glue: true, script: hangul},
	{re: re(`(?P<y>\d{4})\s*년(?P<dec>대)?`), fn: koDate, glue: true, script: hangul},
	{re: re(`(?:(?P<rel>지난|오는|이번)\s*)?(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일`), fn: koDate, glue: true, script: hangul},
	{re: re(`(?:(?P<d>\d{1,2})\s*일\s*)?(?:(?P<ap>오전|오후|새벽|아침|낮|저녁|밤)\s*)?(?P<h>\d{1,2})\s*시(?:\s*(?P<mi>\d{1,2})\s*분|\s*(?P<half>반))?`), fn: koClock, glue: true, script: hangul},
	{re: re(`(?P<yw>올해|금년|지난해|작년|재작년|내년)\s*(?P<mo>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?`), fn: koRelDate, glue: true, script: hangul},
	{re: re(`(?P<mw>지난달|지난\s*달|이번\s*달|이달|다음\s*달|내달)\s*(?P<d>\d{1,2})\s*일`), fn: koRelDate, glue: true, script: hangul},
	{re: re(`(?:(?P<rel>지난|오는|이번)\s*)?(?P<d>\d{1,2})\s*일`), fn: koDay, glue: true, script: hangul},
	{re: re(`(?:(?P<rel>지난|오는|이번)\s*)?(?P<mo>\d{1,2})\s*월`), fn: koMonth, glue: true, script: hangul},
	{re: re(`(?P<w>지난달|지난\s*달|이번\s*달|이달|다음\s*달|내달|올해|금년|지난해|작년|내년|재작년|오늘|어제|내일|그저께|그제|모레|지난주|지난\s*주|이번\s*주|금주|다음\s*주|같은\s*해|그해|그\s*해|같은\s*날|이날|당일|현재|지금|최근|향후|앞으로)`), fn: koWord, glue: true, script: hangul},
	{re: re(`(?:(?P<rel>지난|이번|다음|오는)\s*)?(?P<wd>[월화수목금토일]요일)`), fn: koWeekday, glue: true, script: hangul},
	{re: re(`(?P<n>\d+)\s*(?P<u>년|개월|달|주|주일|일|시간|분|초)\s*(?P<k>간|동안|전|前|후|뒤|만에)?`), fn: koNumUnit, glue: true, script: hangul},
	{re: re(`(?P<w>매일|매주|매달|매월|매년|해마다|날마다)`), fn: koSet, glue: true, script: hangul},

	// --- Portuguese ------------------------------------------------------------------
	{re: re(`\b(?:(?:(?:segunda|terça|terca|quarta|quinta|sexta)-feira|sábado|domingo),?\s+)?(?P<d>[0-3]?\d)(?:º|°)?\s+de\s+(?P<mo>janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?:\s+de\s+(?P<y>\d{4}))?`), fn: ptDate, need: []string{"janeiro", "fevereiro", "mar", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}, script: portuguese},
	{re: re(`\b(?P<mo>janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?:\s+(?:de\s+)?(?P<y>\d{4})|\s+(?P<rel>passado|próximo))?`), fn: ptDate, need: []string{"janeiro", "fevereiro", "mar", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}, script: portuguese},
	{re: re(`\b(?:(?P<rel>próximo|último)\s+)?dia\s+(?P<d>[0-3]?\d)\b`), fn: ptDay, need: []string{"dia"}, script: portuguese},
	{re: re(`(?:(?P<rel0>nesta|neste|na\s+próxima|no\s+próximo|na\s+última|no\s+último|próxima|próximo|última|último)\s+)?(?P<wd>(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo)(?:\s+(?P<rel>passada|passado|que\s+vem))?(?:\s*\((?P<dn>[0-3]?\d)\))?`), fn: ptWeekday, need: []string{"feira", "bado", "domingo"}, script: portuguese},
	{re: re(`(?P<w>ano\s+passado|(?:n?este|n?esse)\s+ano|próximo\s+ano|ano\s+que\s+vem|ano\s+anterior|mesmo\s+ano|mês\s+passado|(?:n?este|n?esse)\s+mês|próximo\s+mês|mês\s+que\s+vem|semana\s+passada|(?:n?esta|n?essa)\s+semana|próxima\s+semana|semana\s+que\s+vem|hoje|ontem|amanhã|anteontem|agora|atualmente|actualmente|recentemente|em\s+breve|no\s+futuro)`), fn: ptWord, need: []string{"ano", "passado", "este", "esse", "ximo", "vem", "semana", "hoje", "ontem", "amanh", "agora", "mente", "breve", "futuro"}, script: portuguese},
	{re: re(`(?:(?P<ha>há)\s+)?(?:(?P<rel>últimos|últimas|próximos|próximas)\s+)?(?P<num>\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|vinte|trinta|vários|várias|alguns|algumas)\s+(?P<unit>anos?|meses|mês|semanas?|dias?|horas?|minutos?|décadas?|séculos?)(?:\s+(?P<atras>atrás|depois|antes))?`), fn: ptNumUnit, need: []string{"ano", "meses", "ê", "Ê", "semana", "dia", "hora", "minuto", "cada", "culo"}, script: portuguese},
	{re: re(`(?P<w>diariamente|semanalmente|mensalmente|anualmente|todos\s+os\s+dias|todos\s+os\s+anos|todos\s+os\s+meses|todas\s+as\s+semanas|todo\s+ano|todo\s+mês|a\s+cada\s+(?:ano|mês|semana|dia))`), fn: ptSet, need: []string{"mente", "todo", "toda", "cada"}, script: portuguese},
}

// --- helpers ------------------------------------------------------------------------

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// wordAfter returns the lower-cased word following the match.
func (s *state) wordAfter() string {
	rest := strings.TrimLeft(s.text[s.m.end:], " \t")
	end := strings.IndexFunc(rest, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '\'') })
	if end < 0 {
		end = len(rest)
	}
	return strings.ToLower(rest[:end])
}

// wordBefore returns the lower-cased word preceding the match.
func (s *state) wordBefore() string {
	head := strings.TrimRight(s.text[:s.m.start], " \t")
	i := lastByteOf(head, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '$' || r == '-' || r == ',' || r == '.')
	})
	return strings.ToLower(head[i+1:])
}

func validDate(y int, m time.Month, d int) bool {
	return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// nameLike reports whether a month word that doubles as an English
// word ("may", "march", "august") is written as a name.
func nameLike(w string) bool {
	lw := strings.ToLower(w)
	if lw == "may" || lw == "march" {
		return w[0] >= 'A' && w[0] <= 'Z' && !(w == "MAY" || w == "MARCH")
	}
	if lw == "august" {
		return w[0] >= 'A' && w[0] <= 'Z' // "his august name": the adjective
	}
	return true
}

// --- explicit dates -------------------------------------------------------------------

func isoDate(s *state, m *match) (string, string, bool) {
	y, mo, d := atoi(m.g("y")), time.Month(atoi(m.g("mo"))), atoi(m.g("d"))
	if !validDate(y, mo, d) {
		return "", "", false
	}
	if h := m.g("h"); h != "" {
		t := time.Date(y, mo, d, atoi(h), atoi(m.g("mi")), 0, 0, time.UTC)
		s.remember(ref{t: t, g: gDay})
		return Time, ref{t: t, g: gMinute}.value(), true
	}
	return s.date(ref{t: ymd(y, mo, d), g: gDay})
}

func slashDate(s *state, m *match) (string, string, bool) {
	a, b, y := atoi(m.g("a")), atoi(m.g("b")), atoi(m.g("y"))
	if len(m.g("y")) == 2 {
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
	}
	mo, d := a, b
	if a > 12 || s.langs&european != 0 && b <= 12 {
		mo, d = b, a // day first: "31/12/2024", or any in Spanish, German, French, Italian
	}
	if !validDate(y, time.Month(mo), d) {
		return "", "", false
	}
	return s.date(ref{t: ymd(y, time.Month(mo), d), g: gDay})
}

func monthDay(s *state, m *match) (string, string, bool) {
	mw := m.g("mo")
	mo := month(mw)
	if mo == 0 || !nameLike(mw) {
		return "", "", false
	}
	d := atoi(m.g("d"))
	if dw := m.lower("dw"); dw != "" {
		d = ordinals[dw]
	}
	if d < 1 || d > 31 {
		return "", "", false
	}
	if ys := m.g("y"); ys != "" {
		y := atoi(ys)
		if !validDate(y, mo, d) {
			return "", "", false
		}
		return s.date(ref{t: ymd(y, mo, d), g: gDay})
	}
	if !validDate(2000, mo, d) { // leap year: Feb 29 allowed
		return "", "", false
	}
	if y, ok := jucheYear(s.text[m.end:]); ok && validDate(y, mo, d) {
		return s.date(ref{t: ymd(y, mo, d), g: gDay})
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
	}
	t := s.closestYear(mo, d)
	if t.Day() != d { // Feb 29 in a common year
		return Date, fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
	}
	return s.date(ref{t: t, g: gDay})
}

func monthYear(s *state, m *match) (string, string, bool) {
	mw := m.g("mo")
	mo := month(mw)
	if mo == 0 || !nameLike(mw) {
		return "", "", false
	}
	return s.date(ref{t: ymd(atoi(m.g("y")), mo, 1), g: gMonth})
}

func monthAlone(s *state, m *match) (string, string, bool) {
	mw := m.g("mo")
	mo := month(mw)
	if mo == 0 || !nameLike(mw) {
		return "", "", false
	}
	lw := strings.ToLower(mw)
	if len(lw) <= 4 && lw != "may" && lw != "june" && lw != "july" && !strings.HasSuffix(lw, ".") {
		return "", "", false // "Jan", "Dec": more often names
	}
	if lw == "may" && m.g("rel") == "" && strings.TrimSpace(m.text[m.start:m.gs("mo")]) == "" {
		// a bare "May" is a date only after a preposition
		switch s.wordBefore() {
		case "in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "through", "from", "to", "and", "before", "after", "during":
		case "for":
			// "scheduled for May", not "support for May"
			if !planParticiples[strings.ToLower(lastWord(strings.TrimRight(strings.TrimSuffix(strings.TrimRight(s.text[:m.start], " \t"), "for"), " \t")))] {
				return "", "", false
			}
		default:
			return "", "", false
		}
	}
	if y, ok := jucheYear(s.text[m.end:]); ok && m.g("ry") == "" && m.g("rel") == "" {
		return s.date(ref{t: ymd(y, mo, 1), g: gMonth})
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-%02d", mo), true
	}
	var y int
	switch m.lower("ry") {
	case "last":
		y = s.dct.Year() - 1
	case "this":
		y = s.dct.Year()
	case "next":
		y = s.dct.Year() + 1
	default:
		y = s.monthYear(mo, m.lower("rel"))
		if m.g("rel") == "" {
			// "the January-November period": the first month is in the
			// year of the last
			if sm := monthRangeEnd.FindStringSubmatch(s.text[m.end:min(len(s.text), m.end+16)]); sm != nil {
				if mo2 := month(sm[1]); mo2 > mo {
					y = s.monthYear(mo2, "")
				}
			}
		}
	}
	return s.date(ref{t: ymd(y, mo, 1), g: gMonth})
}

// jucheAfter matches, after a month or a month and day, the year of
// the North Korean calendar with its Gregorian year in brackets, as
// KCNA writes it ("in June Juche 102 (2013)", "October 10, Juche 113
// (2024)").
var jucheAfter = regexp.MustCompile(`^,?\s+Juche\s*\d{1,3}\s*\((\d{4})\)`)

// jucheYear returns the Gregorian year that jucheAfter finds at the
// start of rest.
func jucheYear(rest string) (int, bool) {
	sm := jucheAfter.FindStringSubmatch(rest[:min(len(rest), 32)])
	if sm == nil {
		return 0, false
	}
	return atoi(sm[1]), true
}

// monthRangeEnd matches, after a month, the month that ends a range of
// months written with a hyphen or dash ("January-November").
var monthRangeEnd = regexp.MustCompile(`^(?:-|–|—)\s?((?i:january|february|march|april|june|july|august|september|october|november|december)\b|(?i:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.)`)

var yearNouns = map[string]bool{
	"people": true, "persons": true, "troops": true, "soldiers": true, "workers": true, "employees": true,
	"shares": true, "tons": true, "tonnes": true, "cars": true, "units": true, "feet": true, "meters": true,
	"metres": true, "miles": true, "kilometers": true, "km": true, "points": true, "dollars": true,
	"members": true, "students": true, "jobs": true, "acres": true, "votes": true, "pounds": true, "kg": true,
	"deaths": true, "cases": true, "rounds": true, "yards": true, "hours": true, "copies": true, "barrels": true,
	"percent": true, "won": true, "yen": true, "yuan": true, "euros": true, "rubles": true, "%": true,
	"residents": true, "refugees": true, "delegates": true, "homes": true, "houses": true, "vehicles": true,
}

// spokenYearOf reads a year said in words from the groups sy
// ("nineteen", "twenty") and sd ("ninety-four", "oh five").
func spokenYearOf(m *match) (int, bool) {
	base := 1900
	if m.lower("sy") == "twenty" {
		base = 2000
	}
	sd := strings.TrimPrefix(strings.TrimPrefix(strings.ReplaceAll(m.lower("sd"), "-", " "), "oh "), "oh")
	if sd == "hundred" {
		return base, true
	}
	n, ok := number(strings.TrimSpace(sd))
	if !ok || n < 0 {
		return 0, false
	}
	return base + int(n), true
}

// spokenMonthYear resolves a month or season of a year said in words
// ("January nineteen ninety-seven", "the winter of nineteen ninety-four"),
// as broadcast transcripts write them.
func spokenMonthYear(s *state, m *match) (string, string, bool) {
	y, ok := spokenYearOf(m)
	if !ok {
		return "", "", false
	}
	if se := m.lower("se"); se != "" {
		return s.date(seasonRef(y, seasonCode[se]))
	}
	mw := m.g("mo")
	mo := month(mw)
	if mo == 0 || !nameLike(mw) {
		return "", "", false
	}
	return s.date(ref{t: ymd(y, mo, 1), g: gMonth})
}

func spokenYear(s *state, m *match) (string, string, bool) {
	var y int
	if sy := m.lower("sy"); sy != "" {
		var ok bool
		if y, ok = spokenYearOf(m); !ok {
			return "", "", false
		}
		if strings.HasPrefix(strings.ToLower(m.text[m.start:m.end]), "nineteen") && !strings.Contains(strings.ToLower(m.text[m.start:m.end]), " ") && !strings.Contains(m.text[m.start:m.end], "-") {
			return "", "", false
		}
	} else {
		y = 2000
		if sd := m.lower("sd2"); sd != "" {
			n, _ := number(sd)
			y += int(n)
		}
		if !strings.Contains(strings.ToLower(m.text[m.start:m.end]), "year") {
			return "", "", false
		}
	}
	return s.date(ref{t: ymd(y, 1, 1), g: gYear})
}

func yearAlone(s *state, m *match) (string, string, bool) {
	y := atoi(m.g("y"))
	before := s.text[:m.start]
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "#") || strings.HasSuffix(before, "No. ") {
		return "", "", false
	}
	after := s.text[m.end:]
	if strings.HasPrefix(after, "%") || strings.HasPrefix(after, ",0") || strings.HasPrefix(after, ".") && len(after) > 1 && after[1] >= '0' && after[1] <= '9' {
		return "", "", false
	}
	if yearNouns[s.wordAfter()] || m.gs("y") == m.start && nameBefore(before) {
		return "", "", false
	}
	switch s.wordBefore() {
	case "about", "around", "nearly", "almost", "than", "some", "over", "only", "just", "by", "to", "from", "of", "and":
		// "about 2000 people"; "rose by 1990" is rare next to "by 1990": keep years after by/to/from/of
		// unless they look like counts, which the noun check above catches.
		if w := s.wordBefore(); w != "by" && w != "to" && w != "from" && w != "of" && w != "and" {
			if s.known && (y > s.dct.Year()+30 || y < 1900) {
				return "", "", false
			}
		}
	}
	if s.known && y > s.dct.Year()+60 {
		return "", "", false
	}
	return s.date(ref{t: ymd(y, 1, 1), g: gYear})
}

// nameBefore reports whether before, the text ahead of a year, ends in
// a capitalised word inside a sentence that is neither a month, a day
// nor a word of time: the year is then part of a name ("a venture
// called Orion 1980", "Windows 2000").
func nameBefore(before string) bool {
	head := strings.TrimRight(before, " ")
	if len(head) == len(before) {
		return false // no space: "(1998", "-1998"
	}
	w := lastWord(head)
	if w == "" || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	rest := strings.TrimRight(head[:len(head)-len(w)], " ")
	if rest == "" || lastSentenceEnd(rest+" ") == len(rest)-1 || strings.HasSuffix(rest, "\"") || strings.HasSuffix(rest, "(") {
		return false // the word starts the sentence
	}
	lw := strings.ToLower(w)
	if month(lw) != 0 || weekdays[lw] != 0 || lw == "sunday" || yearNameWords[lw] {
		return false
	}
	return true
}

// yearNameWords are capitalised words that may stand before a year
// that is a date ("Fiscal 1989", "Summer 1998", "Class of 1990").
var yearNameWords = wordSet("fiscal|calendar|spring|summer|fall|autumn|winter|christmas|easter|year|mid|early|late|end|in|of|since|by|for|from|until|before|after|during|through|and|or|to|the")

// ageOwners are the possessives before a decade that make it an age.
var ageOwners = wordSet("his|her|their|my|your|our")

var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

func decade(s *state, m *match) (string, string, bool) {
	if ageOwners[s.wordBefore()] {
		return "", "", false // "in his fifties", "in their early '20s": an age
	}
	var y int
	switch {
	case m.g("dec") != "":
		y = atoi(m.g("dec"))
	case m.g("dec2") != "":
		y = 1900 + atoi(m.g("dec2"))
	default:
		y = 1900 + 10*decadeWords[m.lower("decw")]
	}
	return Date, ref{t: ymd(y, 1, 1), g: gDecade}.value(), true
}

func century(s *state, m *match) (string, string, bool) {
	c := atoi(m.g("c"))
	if cw := m.lower("cw"); cw != "" {
		c = ordinals[cw]
	}
	if c < 1 || c > 30 {
		return "", "", false
	}
	return Date, fmt.Sprintf("%02d", c-1), true
}

func theNth(s *state, m *match) (string, string, bool) {
	d := atoi(m.g("d"))
	if d < 1 || d > 31 {
		return "", "", false
	}
	if m.g("of") == "" {
		// "the 11th floor", "the 11th amendment": only when no noun follows
		rest := strings.TrimLeft(s.text[m.end:], " \t")
		if rest != "" && (rest[0] >= 'a' && rest[0] <= 'z' || rest[0] >= 'A' && rest[0] <= 'Z') {
			switch s.wordAfter() {
			case "of", "at", "and", "in", "when", "after", "before", "until", "to", "local", "that", "as", "while", "with", "but", "for", "or", "on", "during", "from", "is", "was", "will", "saying", "said":
			default:
				return "", "", false
			}
		}
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-XX-%02d", d), true
	}
	t, ok := s.dayOfMonth(d, s.future())
	if !ok {
		return Date, fmt.Sprintf("XXXX-XX-%02d", d), true
	}
	return s.date(ref{t: t, g: gDay})
}

// --- quarters, halves, seasons -------------------------------------------------------

func qnum(w string) int {
	switch strings.ToLower(w) {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	case "fourth", "4th", "last":
		return 4
	}
	return 0
}

func quarterRef(y, q int) ref { return ref{t: ymd(y, time.Month(3*(q-1)+1), 1), g: gQuarter} }

func quarter(s *state, m *match) (string, string, bool) {
	q := qnum(m.g("q"))
	if q == 0 {
		return "", "", false
	}
	if strings.HasPrefix(strings.ToLower(m.text[m.gs("q"):m.end]), strings.ToLower(m.g("q"))+" period") && m.g("det") == "" {
		return "", "", false
	}
	det := m.lower("det")
	if i := m.gs("det"); i >= 0 && (det == "a" || det == "its" || det == "the" && strings.Contains(m.text[m.gs("q"):m.end], "-")) {
		j := i + len(m.g("det"))
		for j < m.end && (m.text[j] == ' ' || m.text[j] == '\t' || m.text[j] == '\n') {
			j++
		}
		m.start = j
	}
	var y int
	switch {
	case m.g("qy") != "":
		y = atoi(m.g("qy"))
	case m.g("qy0") != "":
		y = atoi(m.g("qy0"))
	case !s.known:
		return Date, fmt.Sprintf("XXXX-Q%d", q), true
	case m.lower("qrel") == "last" || strings.HasPrefix(det, "last year") || strings.Contains(det, "year-earlier") || strings.Contains(det, "year-ago") || m.g("ago") != "":
		y = s.dct.Year() - 1
	case m.lower("qrel") == "next" || strings.HasPrefix(det, "next year"):
		y = s.dct.Year() + 1
	default:
		y = s.dct.Year()
		if dq := (int(s.dct.Month())-1)/3 + 1; q > dq && !s.future() {
			y--
		}
		if s.last.g == gQuarter && s.last.t.Year() != y && (int(s.last.t.Month())-1)/3+1 != q && strings.HasPrefix(det, "the") {
			// keep y: the DCT year is the better guess
		}
	}
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(m.text[m.start:m.end])), "quarters") && det != "the" && det != "" {
		return "", "", false
	}
	return s.date(quarterRef(y, q))
}

func relQuarter(s *state, m *match) (string, string, bool) {
	rel := m.lower("rel")
	u := m.lower("u")
	if strings.HasPrefix(m.text[m.end:], "-to-") {
		return "", "", false // "the quarter-to-quarter comparison": a kind of comparison
	}
	if u == "period" {
		switch {
		case strings.Contains(rel, "latest"), strings.Contains(rel, "year-"), strings.Contains(rel, "comparable"), strings.Contains(rel, "corresponding"), rel == "last year's", m.g("qy") != "", m.g("ago") != "":
		default:
			return "", "", false
		}
	}
	if !s.known {
		return Date, "XXXX-QX", true
	}
	dq := quarterRef(s.dct.Year(), (int(s.dct.Month())-1)/3+1)
	prev := quarterRef(dq.t.AddDate(0, -3, 0).Year(), (int(dq.t.AddDate(0, -3, 0).Month())-1)/3+1)
	base := prev
	if s.last.g == gQuarter && !strings.Contains(rel, "latest") {
		base = s.quarterAnchor()
	}
	if u == "period" && rel == "the same" && m.g("qy") == "" {
		switch s.last.g {
		case gYear, gHalf, gSeason, gMonth:
			// "the same period last year" after "the first half", "in
			// July": that period, not a quarter, a year before
			r := s.last
			r.t = yearAgo(s, r.t)
			return Date, r.value(), true
		}
	}
	var r ref
	switch {
	case m.g("qy") != "":
		r = ref{t: ymd(atoi(m.g("qy")), base.t.Month(), 1), g: gQuarter}
	case strings.Contains(rel, "year-") || strings.Contains(rel, "comparable") || strings.Contains(rel, "corresponding") || rel == "last year's" || m.g("ago") != "":
		if u == "period" && s.spanEnd > s.lastEnd && s.span != "" {
			// "For the nine months, net rose. In the year-earlier
			// period, ...": the same span, a year before, valued (as
			// TimeBank does) by its length
			return Duration, s.span, true
		}
		if base.t.After(s.dct) {
			// "the third quarter of 1990 ... In the year-ago period": a
			// forecast quarter has no figures to compare; the period
			// reported on is the last one ended
			base = prev
		}
		r = ref{t: yearAgo(s, base.t), g: gQuarter}
		return Date, r.value(), true
	case rel == "the current" || rel == "this":
		r = dq
	case rel == "last" || rel == "the previous" || rel == "the last":
		r = prev
	case rel == "next" || rel == "the next":
		r = ref{t: dq.t.AddDate(0, 3, 0), g: gQuarter}
	default:
		r = base
	}
	return s.date(r)
}

// shortPeriod reads the business abbreviations "Q1 2013", "H2", "FY2012"
// and "FY13": quarters, halves and (fiscal) years. They must be written
// in capitals.
func shortPeriod(s *state, m *match) (string, string, bool) {
	for i := m.start; i < m.end; i++ {
		if c := m.text[i]; c >= 'a' && c <= 'z' {
			return "", "", false
		}
	}
	y := -1
	for _, g := range []string{"y", "fy", "fy2"} {
		switch v := m.g(g); len(v) {
		case 4:
			y = atoi(v)
		case 2:
			y = 2000 + atoi(v)
			if y > s.dct.Year()+20 || !s.known && y > 2050 {
				y -= 100
			}
		}
	}
	k := m.lower("k")
	if k == "" { // FY2012
		if y < 0 {
			return "", "", false
		}
		return s.date(ref{t: ymd(y, 1, 1), g: gYear})
	}
	n := int(k[1] - '0')
	if y < 0 {
		if !s.known {
			return Date, fmt.Sprintf("XXXX-%c%d", k[0]-32, n), true
		}
		y = s.dct.Year()
		if k[0] == 'q' && n > (int(s.dct.Month())-1)/3+1 && !s.future() || k[0] == 'h' && n == 2 && s.dct.Month() < 7 && !s.future() {
			y--
		}
	}
	if k[0] == 'q' {
		return s.date(quarterRef(y, n))
	}
	return s.date(halfRef(y, string(k[1])))
}

func half(s *state, m *match) (string, string, bool) {
	h := "1"
	if w := m.lower("h"); w != "first" {
		h = "2"
	}
	if m.g("hdec") != "" {
		return Date, fmt.Sprintf("19%s", m.g("hdec")[:1]), true
	}
	y := s.dct.Year()
	switch {
	case m.g("hy") != "":
		y = atoi(m.g("hy"))
	case m.lower("hrel") == "last":
		y--
	case m.lower("hrel") == "next":
		y++
	case m.lower("hrel") == "":
		// "the first half" of what? only take it when followed by nothing year-like
		if !strings.HasPrefix(strings.ToLower(norm(m.text[m.start:m.end])), "the") {
			return "", "", false
		}
		if s.wordAfter() == "of" {
			return "", "", false // "the second half of July", "of the game": no half of a year
		}
	}
	if !s.known && m.g("hy") == "" {
		return Date, "XXXX-H" + h, true
	}
	return s.date(halfRef(y, h))
}

// seasonRef is the season code of year y. Its time is the season's
// first month (January for winter), so that what is anchored on it
// ("the following week") falls in the season, not at the year's start.
func seasonRef(y int, code string) ref {
	mo := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9}[code]
	return ref{t: ymd(y, max(mo, 1), 1), g: gSeason, part: code}
}

// halfRef is the half h ("1" or "2") of year y, its time the half's
// first month.
func halfRef(y int, h string) ref {
	mo := time.January
	if h == "2" {
		mo = time.July
	}
	return ref{t: ymd(y, mo, 1), g: gHalf, part: h}
}

var seasonCode = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// seasonIndex numbers the seasons of a year: winter at its start.
func seasonIndex(code string) int {
	return map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}[code]
}

func season(s *state, m *match) (string, string, bool) {
	se := m.lower("se")
	code := seasonCode[se]
	rel := m.lower("rel")
	ys := m.g("y") + m.g("y2")
	if (se == "fall" || se == "spring") && ys == "" {
		if rel == "" {
			return "", "", false
		}
		switch s.wordAfter() {
		case "of", "from":
			return "", "", false // "the fall of the wall", "the spring of water"
		case "in", "to", "was", "is", "has", "had":
			if se == "fall" && rel == "the" {
				return "", "", false // "the fall in prices", "the fall to 140 yen": a drop
			}
		}
	}
	if ys == "" && (rel == "" && s.nounAfter() || inName(s, m)) {
		// "winter wheat", "autumn clothes", "summer vacation": a kind of
		// thing, no season told of; "the Autumn Statement", "the
		// International Summer Sports Contest": a name
		return "", "", false
	}
	var y int
	switch {
	case ys != "":
		y = atoi(ys)
	case !s.known:
		return Date, "XXXX-" + code, true
	default:
		y = s.dct.Year()
		cur := (int(s.dct.Month()) % 12) / 3 // Dec-Feb 0, Mar-May 1, ...
		idx := seasonIndex(code)
		switch rel {
		case "last", "this past":
			if idx >= cur {
				y--
			}
		case "next", "this coming":
			if idx <= cur {
				y++
			}
		case "this":
		default:
			if idx > cur && !s.future() {
				y--
			}
		}
	}
	return s.date(seasonRef(y, code))
}

// --- relative dates ---------------------------------------------------------------------

var partCode = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

// dayNear returns the day the last reference names when it is a day
// within a week of the DCT (what a bare time of day refers to), else the
// DCT.
func (s *state) dayNear() time.Time {
	if s.last.g >= gDay && (s.last.t.Sub(s.dct).Abs() < 8*24*time.Hour || s.justAfterLast()) {
		return day(s.last.t)
	}
	return s.dct
}

// justAfterLast reports whether the current match follows the last
// reference in the same sentence ("on June 5 at 10 a.m.", "began June 5
// and ended at 3 p.m."), so that it belongs to that day however far it
// is from the DCT.
func (s *state) justAfterLast() bool {
	if s.lastEnd <= 0 || s.lastEnd > s.m.start || s.m.start-s.lastEnd > 100 {
		return false
	}
	gap := s.text[s.lastEnd:s.m.start]
	return lastSentenceEnd(gap) < 0
}

// dayAfter resolves a day named right after a time of day ("10 a.m. on
// Aug. 7", "noon on Friday"), which TimeML tags apart but which gives
// the time its day; ok is false when none follows.
func (s *state) dayAfter() (time.Time, bool) {
	rest := s.text[s.m.end:min(len(s.text), s.m.end+32)]
	sm := dayAfterRe.FindStringSubmatch(tokenize.ASCIILower(rest))
	if sm == nil {
		return time.Time{}, false
	}
	if wd, ok := weekdays[sm[1]]; ok {
		return s.weekday(wd, ""), true
	}
	mo, d := month(sm[2]), atoi(sm[3])
	if mo == 0 || !validDate(2000, mo, d) {
		return time.Time{}, false
	}
	if sm[4] != "" {
		if y := atoi(sm[4]); validDate(y, mo, d) {
			return ymd(y, mo, d), true
		}
		return time.Time{}, false
	}
	t := s.closestYear(mo, d)
	return t, t.Day() == d
}

var dayAfterRe = regexp.MustCompile(`^\)?(?:\s*\([^()]{1,24}\))?,?\s+(?:on\s+)?(?:(` + reWeekday + `)\b|(` + reMonthName + `)\s*([0-3]?\d)\b(?:,\s*(` + reYear + `)\b)?)`)

// midPart resolves "mid-afternoon", "midmorning yesterday": the part of
// the day named, or of the day last told of.
func midPart(s *state, m *match) (string, string, bool) {
	part := partCode[m.lower("part")]
	if !s.known {
		return Time, "XXXX-XX-XXT" + part, true
	}
	t := s.dayNear()
	switch rd := m.lower("rd"); rd {
	case "":
	case "today":
		t = s.dct
	case "yesterday":
		t = s.dct.AddDate(0, 0, -1)
	case "tomorrow":
		t = s.dct.AddDate(0, 0, 1)
	default:
		t = s.weekday(weekdays[rd], "")
	}
	s.remember(ref{t: t, g: gDay})
	return Time, ref{t: t, g: gPartOfDay, part: part}.value(), true
}

func relDay(s *state, m *match) (string, string, bool) {
	rd := m.lower("rd") + m.lower("rel")
	part := m.lower("part")
	if rd == "last" && part != "night" {
		return "", "", false
	}
	if w := m.g("rd"); w != "" && m.g("pos") == "" && part == "" {
		// "USA Today", "VOA Today": a title after a name; "the people
		// of tomorrow": no day
		if w[0] >= 'A' && w[0] <= 'Z' && capitalisedBefore(s.text[:m.start]) {
			return "", "", false
		}
		if lw := strings.ToLower(w); (lw == "tomorrow" || lw == "today") && s.wordBefore() == "of" && !strings.HasPrefix(s.text[m.end:], "'s") {
			return "", "", false
		}
	}
	if !s.known {
		return Date, "XXXX-XX-XX", true
	}
	t := s.dct
	if m.g("that") != "" || m.g("nx") != "" {
		// "that night", "the next morning": the day last told of, or
		// the one after (before) it
		a := s.dayAnchor()
		if a.g < gDay {
			return Time, "XXXX-XX-XXT" + partCode[part], true
		}
		t = day(a.t)
		switch m.lower("nx") {
		case "next", "following":
			t = t.AddDate(0, 0, 1)
		case "previous":
			t = t.AddDate(0, 0, -1)
		}
	}
	switch rd {
	case "yesterday", "last":
		t = t.AddDate(0, 0, -1)
	case "tomorrow":
		t = t.AddDate(0, 0, 1)
	case "tonight":
		part = "tonight"
	}
	if part != "" {
		s.remember(ref{t: t, g: gDay})
		return Time, ref{t: t, g: gPartOfDay, part: partCode[part]}.value(), true
	}
	return s.date(ref{t: t, g: gDay})
}

// capitalisedBefore reports whether head, the text before a match, ends
// in a capitalised word that is not the first of its sentence.
func capitalisedBefore(head string) bool {
	trimmed := strings.TrimRight(head, " \t")
	if len(trimmed) == len(head) {
		return false
	}
	w := lastWord(trimmed)
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	rest := strings.TrimRight(trimmed[:len(trimmed)-len(w)], " \t")
	if rest == "" {
		return false
	}
	switch rest[len(rest)-1] {
	case '.', '!', '?', '"', '\n', ':', '`', '\'':
		return false
	}
	return true
}

func relUnit(s *state, m *match) (string, string, bool) {
	g, _ := unitOf(m.lower("u"))
	rel := m.lower("rel") + m.lower("same")
	if u := m.g("u"); u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'a' && u[1] <= 'z' {
		return "", "", false // a title: ABC's "This Week"
	}
	if d := m.lower("dir"); d != "" {
		if (d == "before" || d == "after") && !clauseGoesOn(s.text[m.end:]) {
			return "", "", false // "the day before the crash": a preposition
		}
		if d == "before" || d == "earlier" {
			rel = "the previous"
		} else {
			rel = "the following"
		}
	}
	if !s.known && rel != "that" && rel != "the same" && rel != "that same" && rel != "this same" {
		return Date, "XXXX", true
	}
	if g == gDay {
		switch rel {
		case "that", "the same", "that same", "this same", "the previous", "the prior", "the preceding", "the following", "the next":
		default:
			return "", "", false
		}
	}
	switch rel {
	case "the past", "the last":
		if g == gYear || g == gDecade || g == gCentury {
			// "over the past year", "inflation in the last decade", "the
			// occupation in the last century": the year (decade,
			// century) before the DCT's, as TimeBank values them
			return s.date(ref{t: shift(s.dct, -1, g), g: g})
		}
		return Duration, durValue(1, durUnit(g)), true
	case "this", "the current", "the latest":
		return s.date(ref{t: s.dct, g: g})
	case "last", "this past":
		if g == gYear && rel == "last" && s.last.g == gQuarter && s.spanEnd <= s.lastEnd && s.m.start-s.lastEnd < 300 && figureBefore(s.wordBefore()) {
			// "net of $5 million in the third quarter, against $3
			// million last year": the figure of that quarter a year before
			return Date, ref{t: shift(s.last.t, -1, gYear), g: gQuarter}.value(), true
		}
		return s.date(ref{t: shift(s.dct, -1, g), g: g})
	case "next", "the coming", "this coming":
		return s.date(ref{t: shift(s.dct, 1, g), g: g})
	case "the previous", "the prior", "the preceding":
		a := s.anchorFor(g)
		return s.date(ref{t: shift(a.t, -1, g), g: g})
	case "the following", "the next":
		a := s.anchorFor(g)
		if rel == "the next" && g <= gDecade {
			a.t = s.dct // "the next century" is the one after the DCT's
		}
		return s.date(ref{t: shift(a.t, 1, g), g: g})
	case "the same", "that", "that same", "this same":
		if m.g("yago") != "" && g == gYear {
			return "", "", false // "the same year a year earlier"
		}
		a := s.anchorFor(g)
		if a.g < g && a.g != gNone {
			g = a.g // "the same day" after "2018" cannot be finer than a year
		}
		if m.g("yago") != "" {
			// "the same month a year earlier", "the same day last year":
			// the month (day) last told of, a year before; it is no
			// reference to remember
			return Date, ref{t: a.t.AddDate(-1, 0, 0), g: g}.value(), true
		}
		return s.date(ref{t: a.t, g: g})
	}
	return "", "", false
}

// figureBefore reports whether w, the word before a time, ends an amount
// ("$3 million", "40 cents a share", "5%").
func figureBefore(w string) bool {
	switch w {
	case "million", "billion", "share", "cents", "percent":
		return true
	}
	return w != "" && (isDigitEnd(w) || strings.HasSuffix(w, "%"))
}

// anchorFor is the anchor of an anaphor of granularity g: for a day,
// the last day told of (dayAnchor), else the last reference.
func (s *state) anchorFor(g gran) ref {
	if g >= gDay {
		return s.dayAnchor()
	}
	return s.anchor()
}

// clauseGoesOn reports whether rest, the text after "the day before" or
// the like, starts a new phrase (punctuation, a pronoun or a conjunction)
// rather than the object of "before" read as a preposition.
func clauseGoesOn(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" {
		return true
	}
	if c := rest[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$') {
		return true
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
	if end < 0 {
		end = len(rest)
	}
	switch strings.ToLower(rest[:end]) {
	case "he", "she", "it", "they", "we", "i", "you", "and", "but", "when", "while", "as", "there":
		return true
	}
	return false
}

func durUnit(g gran) string {
	switch g {
	case gYear:
		return "Y"
	case gMonth:
		return "M"
	case gWeek:
		return "W"
	case gWeekend:
		return "WE"
	case gDay:
		return "D"
	case gQuarter:
		return "Q"
	case gDecade:
		return "DE"
	case gCentury:
		return "CE"
	}
	return "X"
}

// theUnit resolves "the year" and "earlier in the year", "the end of
// the month", "later in the day": the year (month, ...) last told of,
// else the DCT's. A bare "the week" or "the month" is left alone, being
// as often generic; "the year ended June 30", "the year since the war"
// are a year's duration.
func theUnit(s *state, m *match) (string, string, bool) {
	pos := m.lower("pos") + m.lower("pos2")
	u := m.lower("u")
	if m.g("fy") != "" && u != "year" {
		return "", "", false
	}
	if u == "decade" || u == "century" {
		// "the end of the century", "the turn of the century": the DCT's
		if m.g("pos2") == "" || m.g("ended") != "" {
			return "", "", false
		}
		g, _ := unitOf(u)
		if !s.known {
			return Date, map[gran]string{gDecade: "XXX", gCentury: "XX"}[g], true
		}
		return Date, ref{t: s.dct, g: g}.value(), true
	}
	if m.lower("pos2") == "turn" {
		return "", "", false
	}
	if pos == "" && m.g("fy") == "" && u != "year" || pos == "" && u == "day" || m.g("pos2") != "" && u == "day" {
		return "", "", false
	}
	if pos == "" {
		// a bare "the year": not "the Year" of a title, nor the start of
		// "the year-earlier"
		if i := m.gs("u"); m.text[i] == 'Y' || m.end < len(m.text) && m.text[m.end] == '-' && m.g("ended") == "" {
			return "", "", false
		}
		if m.g("ended") != "" {
			m.end = m.gs("ended")
			return Duration, "P1Y", true
		}
	} else if m.g("ended") != "" {
		m.end = m.gs("ended")
	}
	g, _ := unitOf(u)
	if !s.known {
		return Date, "XXXX", true
	}
	a := ref{t: s.dct, g: g}
	if s.last.g != gNone && s.last.g >= g && m.g("fy") == "" && !(s.last.t.Before(s.dct) && s.future() && !s.m.weakFut) {
		// "the full year" is the current one; so is the year a clause
		// about the future tells of after a year gone ("started in
		// 1995, it is expected to be finished by the end of the year")
		a = ref{t: s.last.t, g: g}
	}
	return s.date(a)
}

// nthDay resolves "the second day", "the 100th day" said to be a day
// ("It's the second day of the offensive", "Tuesday was the third day of
// the strike"): the day last told of, or the DCT (dayNear). Elsewhere
// ("on the third day of talks", "for the second straight day") the day
// is left alone.
func nthDay(s *state, m *match) (string, string, bool) {
	if strings.EqualFold(m.g("ord"), "first") {
		return "", "", false
	}
	head := strings.ToLower(strings.TrimRight(s.text[:m.start], " \t"))
	ok := false
	for _, w := range []string{" is", " was", "'s", " marks", " marked", " marking"} {
		if strings.HasSuffix(head, w) {
			ok = true
			break
		}
	}
	if !ok {
		return "", "", false
	}
	if !s.known {
		return Date, "XXXX-XX-XX", true
	}
	return s.date(ref{t: s.dayNear(), g: gDay})
}

// theWeekend resolves "the weekend": the one the DCT falls in, else the
// one before it, or the one after it in a clause about the future.
func theWeekend(s *state, m *match) (string, string, bool) {
	if !s.known {
		return Date, "XXXX-WXX-WE", true
	}
	t := s.dct
	switch wd := t.Weekday(); {
	case wd == time.Saturday || wd == time.Sunday:
	case s.future():
		t = t.AddDate(0, 0, int(time.Saturday-wd))
	default:
		t = t.AddDate(0, 0, -int(wd)) // the Sunday before
	}
	return s.date(ref{t: t, g: gWeekend})
}

// yearEnd resolves "year-end" to the DCT's year (TIMEX3 leaves the end
// to a mod attribute), or to the year before after "since" ("up 5% since
// year-end").
func yearEnd(s *state, m *match) (string, string, bool) {
	if !s.known {
		return Date, "XXXX", true
	}
	t := s.dct
	if s.wordBefore() == "since" {
		t = t.AddDate(-1, 0, 0)
	}
	return Date, ref{t: t, g: gYear}.value(), true
}

func yearAgoAdj(s *state, m *match) (string, string, bool) {
	if mos := m.g("mos"); mos != "" {
		// "the year-earlier nine months": a span, valued (as for "the
		// nine months") by its length
		n, ok := number(mos)
		if !ok || n < 1 || n > 12 || float64(int(n)) != n {
			return "", "", false
		}
		return Duration, durValue(n, "M"), true
	}
	if !s.known {
		return Date, "XXXX", true
	}
	a := s.anchor()
	switch a.g {
	case gQuarter, gMonth, gDay, gHalf, gYear:
	default:
		a = ref{t: s.dct, g: gYear}
	}
	if s.spanEnd > s.lastEnd {
		a.g = gYear // "for the nine months ... year-earlier net": the year
	}
	return Date, ref{t: yearAgo(s, a.t), g: a.g, part: a.part}.value(), true
}

// yearAgo returns the time a year before t, the period a financial
// "year-ago" or "year-earlier" compares with, unless t is already in a
// year before the DCT's ("the 1988 period ... the year-ago results").
func yearAgo(s *state, t time.Time) time.Time {
	if t.Year() < s.dct.Year() {
		return t
	}
	return t.AddDate(-1, 0, 0)
}

// holidays are the feasts of fixed date; Thanksgiving (the fourth
// Thursday of November) is computed.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24},
	"new year's": {1, 1}, "new year's day": {1, 1}, "new year's eve": {12, 31},
	"valentine's day": {2, 14}, "halloween": {10, 31},
}

// holiday resolves a holiday name ("Christmas Eve", "last Thanksgiving",
// "New Year's Day 1999") to its date, in the year given or the closest
// one (closestYear). A bare "Christmas" or "New Year's" must read as a
// time: after a preposition and not before a noun ("Christmas tree").
func holiday(s *state, m *match) (string, string, bool) {
	h := strings.Join(strings.Fields(m.lower("h")), " ")
	if raw := m.g("h"); raw[0] < 'A' || raw[0] > 'Z' {
		return "", "", false
	}
	if (h == "christmas" || h == "new year's") && m.g("y") == "" && m.g("rel") == "" {
		switch s.wordBefore() {
		case "before", "after", "by", "until", "till", "since", "at", "for", "on", "over", "during", "through", "around", "near", "from", "to", "last", "next", "this":
		default:
			return "", "", false
		}
		if !clauseGoesOn(s.text[m.end:]) {
			return "", "", false
		}
	}
	thanks := strings.HasPrefix(h, "thanksgiving")
	date := func(y int) time.Time {
		if thanks {
			first := ymd(y, 11, 1)
			return first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+21)
		}
		md := holidays[h]
		return ymd(y, time.Month(md[0]), md[1])
	}
	if !thanks {
		if _, ok := holidays[h]; !ok {
			return "", "", false
		}
	}
	if y := m.g("y"); y != "" {
		return s.date(ref{t: date(atoi(y)), g: gDay})
	}
	if !s.known {
		if thanks {
			return Date, "XXXX-11-XX", true
		}
		md := holidays[h]
		return Date, fmt.Sprintf("XXXX-%02d-%02d", md[0], md[1]), true
	}
	y := s.dct.Year()
	switch m.lower("rel") {
	case "last":
		if !date(y).Before(s.dct) {
			y--
		}
	case "next":
		if !date(y).After(s.dct) {
			y++
		}
	case "this":
	default:
		t := date(y)
		y = s.closestYear(t.Month(), t.Day()).Year()
	}
	return s.date(ref{t: date(y), g: gDay})
}

func weekdayRule(s *state, m *match) (string, string, bool) {
	wd := weekdays[m.lower("wd")]
	part := m.lower("part")
	if part == "" && m.g("pl") == "" && m.g("rel") == "" {
		// "on Monday and Tuesday nights": the first day shares the
		// plural part of the day of the second
		if sm := weekdayPartsAfter.FindStringSubmatch(s.text[m.end:min(len(s.text), m.end+40)]); sm != nil {
			return Set, fmt.Sprintf("XXXX-WXX-%dT%s", isoDay(wd), partCode[sm[1]]), true
		}
	}
	if m.g("pl") != "" || m.g("ppl") != "" && part != "" {
		v := fmt.Sprintf("XXXX-WXX-%d", isoDay(wd))
		if part != "" {
			v += "T" + partCode[part]
		}
		return Set, v, true
	}
	rel := m.lower("rel")
	switch rel {
	case "early", "late", "earlier", "later":
		rel = ""
	}
	if rel == "" && part == "" && strings.HasSuffix(s.text[:m.start], "The ") {
		// "The Sunday Times": a name
		if rest := strings.TrimLeft(s.text[m.end:], " "); rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return "", "", false
		}
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)), true
	}
	t := s.weekday(wd, rel)
	if wk := m.lower("wk"); wk != "" && rel == "" {
		// "Wednesday next week", "Friday last week": that day of the
		// (ISO) week named
		t = s.weekday(wd, "this").AddDate(0, 0, 7*map[string]int{"last": -1, "next": 1}[wk])
	}
	if part != "" {
		s.remember(ref{t: t, g: gDay})
		return Time, ref{t: t, g: gPartOfDay, part: partCode[part]}.value(), true
	}
	return s.date(ref{t: t, g: gDay})
}

// weekdayPartsAfter matches, after a day name, another with a part of
// the day in the plural ("and Tuesday nights").
var weekdayPartsAfter = regexp.MustCompile(`^\s+(?:and|or)\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(morning|afternoon|evening|night)s\b`)

func isoDay(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// --- durations and offsets ---------------------------------------------------------------

func numUnit(s *state, m *match) (string, string, bool) {
	n, ok := number(m.g("num"))
	if !ok {
		return "", "", false
	}
	numText := m.lower("num")
	unitText := m.lower("unit")
	g, u := unitOf(unitText)
	if g == gNone {
		return "", "", false
	}
	plural := strings.HasSuffix(unitText, "s") || unitText == "centuries" || unitText == "millennia"
	// "two and a half years", "a year and a half": the half is added
	if n2 := m.lower("num2"); (n2 == "a half" && strings.EqualFold(strings.TrimSpace(m.text[m.gs("num")+len(m.g("num")):m.gs("num2")]), "and") || m.g("andhalf") != "" && !plural) && n >= 1 {
		n += 0.5
		plural = false
	}
	if strings.Contains(strings.ToLower(m.g("tail")), "old") {
		return "", "", false // ages are not time expressions
	}
	hyphen := strings.Contains(m.text[m.gs("num"):m.gs("unit")], "-")
	if det := m.lower("det"); (det == "a" || det == "an" || det == "the") && m.g("rel") == "" && !plural && (n != 1 || hyphen) && m.gs("num") > m.start {
		m.start = m.gs("num") // "a five-year plan": the adjective only
	}
	if m.lower("rel") == "last" && m.g("det") == "" && verbLast(s.wordBefore()) {
		m.start = m.gs("num") // "expected to last four hours": the verb
	}
	if n == 1 && plural && !hyphen {
		return "", "", false // "one days"
	}
	if (numText == "a" || numText == "an") && plural {
		return "", "", false
	}
	// A range ("two to three weeks", "between two to six days") is
	// valued by its first number, as TimeBank annotates it (and
	// HeidelTime values it); "two and a half" is read above.
	switch u {
	case "2W":
		u = "W"
		if n >= 0 {
			n *= 2
		}
	case "ML":
		u = "Y"
		if n >= 0 {
			n *= 1000
		}
	}
	// "$5 a year", "once a day": a frequency, not a duration
	if (numText == "a" || numText == "an" || numText == "per") && m.g("ago") == "" && m.gs("later") < 0 {
		prev := s.text[:m.start]
		pw := s.wordBefore()
		if pw == "once" || pw == "twice" || pw == "times" || pw == "per" {
			return Set, durValue(1, u), true
		}
		if (len(strings.TrimRight(prev, " ")) > 0 && isDigitEnd(strings.TrimRight(prev, " "))) || strings.HasPrefix(pw, "$") || strings.HasSuffix(pw, "%") || pw == "cents" || pw == "dollars" || pw == "percent" || rateNoun(pw) {
			if pluralUnits[pw] {
				return Set, durValue(1, u), true // "seven days a week": how often
			}
			// "$2 million a year", "four flights a week", "$35 a night":
			// the unit of a rate, which TimeBank leaves untagged (six
			// times in eight)
			return "", "", false
		}
	}
	if i := m.gs("later"); i >= 0 {
		// "three days later": the duration; "later" relates it to an event
		m.end = i
	} else if m.g("ago") == "" && m.g("tail") == "" && m.g("per") == "" {
		// from the pattern's own end: the match is resolved twice
		if r, end, ok := s.officeOffset(m.idx[1], n, g); ok {
			m.end = end
			office := s.office // the offset's own sentence names the office
			s.remember(r)
			s.office = office
			return Date, r.value(), true
		}
	}
	switch ago := m.lower("ago"); ago {
	case "ago", "earlier", "hence", "from now":
		if !s.known && ago != "earlier" {
			return Date, "XXXX", true
		}
		if n < 0 {
			if ago == "ago" || ago == "earlier" {
				return Date, "PAST_REF", true
			}
			return Date, "FUTURE_REF", true
		}
		k := int(n)
		if float64(k) != n || k > 10000 {
			return "", "", false
		}
		if g == gMinute {
			return Duration, durValue(n, u), true
		}
		sign := 1
		if ago == "ago" || ago == "earlier" {
			sign = -1
		}
		if g == gYear && k == 1 && sign < 0 && s.spanEnd > s.lastEnd {
			// "for the nine months ... a year earlier": the span, of the
			// year to date, is no quarter nor day, and the year before
			// is the closest value
			return Date, ref{t: shift(s.dct, -1, gYear), g: gYear}.value(), true
		}
		if ago == "ago" || ago == "hence" || ago == "from now" {
			if g == gYear && k == 1 && s.last.g == gQuarter {
				// "a year ago" beside quarterly figures: that quarter, a year before
				return Date, ref{t: shift(s.quarterAnchor().t, -1, gYear), g: gQuarter}.value(), true
			}
			r := ref{t: shift(s.dct, sign*k, g), g: g}
			if r.g == gWeekend {
				r.g = gWeek
			}
			typ, val, ok := s.date(r)
			s.lastAgo = ago == "ago" && g == gYear && k == 1
			return typ, val, ok
		}
		// "a day earlier", "two weeks earlier": like "three days later",
		// the length of time between two events
		if g >= gMonth && g < gMinute {
			return Duration, durValue(n, u), true
		}
		// "a year earlier": the year (or period) before the last one told of
		a := s.anchor()
		rg := g
		if a.g > g {
			rg = a.g
		}
		if rg == gWeekend {
			rg = gWeek
		}
		if s.lastAgo && g == gYear && k == 1 {
			return Date, ref{t: a.t, g: rg, part: a.part}.value(), true // "a year ago ... a year earlier": the same
		}
		return Date, ref{t: shift(a.t, sign*k, g), g: rg, part: a.part}.value(), true
	}
	if rel := m.lower("rel"); n < 0 && (rel == "past" || rel == "last") && m.lower("det") == "the" && m.g("tail") == "" && m.g("per") == "" && m.gs("later") < 0 {
		// "in the last few months", "over the past several quarters":
		// the recent past, as TimeBank values them (PAST_REF); a number
		// ("the past three months") is a duration
		return Date, "PAST_REF", true
	}
	if m.g("rel") == "" && m.g("det") == "" && (numText == "a" || numText == "an") && m.g("tail") == "" && m.g("per") == "" {
		// bare "a day" etc. is fine; "a second" is more often an ordinal
		if unitText == "second" {
			return "", "", false
		}
	}
	if rel := m.lower("rel"); g == gQuarter && n == 2 && (rel == "first" || rel == "last" || rel == "final") {
		// "the first two quarters of 1990": the first half of that year
		// (read from the unit's end, as the match is resolved twice)
		e := m.gs("unit") + len(m.g("unit"))
		if loc := quartersOfYear.FindStringSubmatchIndex(m.text[e:]); loc != nil && startsYear(m.text[e+loc[2]:]) {
			y := atoi(m.text[e+loc[2] : e+loc[3]])
			m.end = e + loc[1]
			h := "1"
			if rel != "first" {
				h = "2"
			}
			return s.date(halfRef(y, h))
		}
	}
	if g == gQuarter && s.wordAfter() == "of" && !quarterOfTime(s.text[m.end:]) {
		return "", "", false // "three-quarters of its food": a fraction
	}
	if g == gQuarter && plural && hyphen && m.g("det") == "" && m.g("rel") == "" {
		return "", "", false // "more than three-quarters from small donors": a fraction
	}
	if numText == "second" {
		return "", "", false
	}
	if u == "M" && n >= 2 && n != 3 && (m.g("det") != "" || m.g("rel") != "") {
		s.spanEnd = m.end // "for the nine months": a reporting span
		s.span = durValue(n, u)
	}
	if k := int(n); s.known && float64(k) == n && k >= 1 && k <= 100 && g >= gYear && g <= gDay && g != gWeekend &&
		numText != "a" && numText != "an" && m.g("det") == "" && m.g("rel") == "" && m.g("num2") == "" && m.g("per") == "" && m.g("tail") == "" &&
		s.wordBefore() == "in" && s.future() && !s.m.weakFut {
		// "would be redeemed in five years", "will open in two weeks":
		// the time that far after the DCT, not how long it takes ("in a
		// quarter that produced a loss" is any quarter); it is no
		// reference for anaphora to come back to
		return Date, ref{t: shift(s.dct, k, g), g: g}.value(), true
	}
	if (numText == "one" || numText == "some") && unitText == "day" && m.g("det") == "" && m.g("rel") == "" && strings.EqualFold(norm(m.text[m.start:m.end]), numText+" day") {
		switch s.wordBefore() {
		case "will", "would", "could", "may", "might", "can", "shall", "should", "must", "'ll":
			return Date, "FUTURE_REF", true // "Islam will one day be ..."
		}
		if numText == "some" {
			return Date, "FUTURE_REF", true // "some day he will return"
		}
	}
	return Duration, durValue(n, u), true
}

// quartersOfYear matches, after "the first two quarters", the year they
// are of.
var quartersOfYear = regexp.MustCompile(`^\s+of\s+(?:fiscal\s+)?(\d{4})\b`)

// quarterOfTime reports whether rest, the text after "quarters", goes
// on with "of" and a year ("the first two quarters of 1990", "of this
// year"), which makes them quarters of a year rather than a fraction.
func quarterOfTime(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n")
	rest = strings.TrimLeft(rest[min(len(rest), 2):], " \t\n") // "of"
	if startsYear(rest) {
		return true
	}
	lw := strings.ToLower(rest[:min(len(rest), 12)])
	for _, p := range []string{"this year", "last year", "next year", "the year", "fiscal", "the fiscal"} {
		if strings.HasPrefix(lw, p) {
			return true
		}
	}
	return false
}

// verbLast reports whether "last" after w is the verb ("to last four
// hours", "could last weeks").
func verbLast(w string) bool {
	switch w {
	case "to", "will", "would", "could", "may", "might", "should", "can", "must", "did", "does", "not", "won't", "didn't":
		return true
	}
	return false
}

// rateNoun reports whether w, the word before "a year", "a week", makes
// it a rate: an amount ("$33 million a year") or a plural noun ("700
// seats a week", "seven days a week"), not a verb ("it takes a week").
func rateNoun(w string) bool {
	switch w {
	case "million", "billion", "trillion", "thousand", "hundred", "dozen":
		return true
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") || notRateNouns[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// pluralUnits are the units that, before "a week" or "a day", tell how
// often ("seven days a week", "12 hours a day").
var pluralUnits = wordSet("seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years")

// notRateNouns are words in -s that, before "a week", "a year", are verbs
// or function words.
var notRateNouns = wordSet("is|was|has|does|takes|lasts|spends|needs|runs|remains|stays|requires|gives|allows|gets|" +
	"makes|seems|looks|goes|comes|means|costs|pays|earns|loses|saves|adds|marks|ends|begins|starts|this|thus|plus|" +
	"always|perhaps|whereas|towards|afterwards|besides|its|his|hers|ours|yours|theirs|less|unless|across|nearly|almost")

// unitLong reads "weeklong", "year-long" (P1W, P1Y) and "decades-long"
// (PXE) as durations.
func unitLong(s *state, m *match) (string, string, bool) {
	_, u := unitOf(m.lower("u"))
	if m.g("pl") != "" {
		return Duration, durValue(-1, u), true
	}
	return Duration, durValue(1, u), true
}

func isDigitEnd(s string) bool {
	c := s[len(s)-1]
	return c >= '0' && c <= '9'
}

func vagueUnits(s *state, m *match) (string, string, bool) {
	g, u := unitOf(m.lower("unit"))
	rel := m.lower("rel")
	ago := m.lower("ago")
	full := strings.ToLower(norm(m.text[m.start:m.end]))
	if strings.Contains(full, " or ") {
		return Duration, durValue(-1, u), true
	}
	if ago == "ago" || ago == "earlier" {
		return Date, "PAST_REF", true
	}
	if ago == "later" {
		if _, ok := number(s.wordBefore()); ok {
			return "", "", false // "three days later" is numUnit's
		}
		return Date, "FUTURE_REF", true
	}
	if rel == "last" && m.g("det") == "" && verbLast(s.wordBefore()) {
		m.start = m.gs("unit") // "could last weeks": the verb
		rel = ""
	}
	if ago == "ahead" && (rel != "" || m.g("det") == "") {
		m.end = m.gs("ago") // "in coming days ahead": "ahead" only after "the"
	}
	if rel == "" {
		switch s.wordBefore() {
		case "for", "over", "in", "within", "took", "take", "takes", "lasted", "last", "spent", "spend", "after", "than", "about":
		default:
			// "follows months of talks", "after years of war": a bare
			// plural before "of" is how long something went on; not
			// "three-quarters of", a fraction
			if m.g("det") != "" || ago != "" || g == gQuarter || s.wordAfter() != "of" || s.wordBefore() == "or" || s.wordBefore() == "and" {
				return "", "", false
			}
		}
	}
	if rel == "recent" && g == gYear || rel == "past" && ago == "" {
		// "in recent years", "sell programs in past years": the past
		return Date, "PAST_REF", true
	}
	if rel == "coming" && ago == "" {
		return Date, "FUTURE_REF", true // "in coming months", "the coming days"
	}
	return Duration, durValue(-1, u), true
}

// --- sets ---------------------------------------------------------------------------------

func setUnit(s *state, m *match) (string, string, bool) {
	if p := m.lower("part"); p != "" {
		if m.g("num") != "" {
			return "", "", false
		}
		return Set, "XXXX-XX-XXT" + partCode[p], true // "every morning"
	}
	if strings.HasPrefix(strings.ToLower(m.text[m.start:m.end]), "per") && m.g("num") == "" {
		// "15 million instructions per second", "$40 per day": the unit
		// of a rate, as numUnit leaves "a year" in "$2 million a year"
		prev := strings.TrimRight(s.text[:m.start], " ")
		if pw := s.wordBefore(); prev != "" && isDigitEnd(prev) || strings.HasPrefix(pw, "$") || strings.HasSuffix(pw, "%") || pw == "cents" || pw == "dollars" || pw == "percent" || rateNoun(pw) {
			return "", "", false
		}
	}
	_, u := unitOf(m.lower("unit"))
	n := 1.0
	if ns := m.g("num"); ns != "" {
		v, ok := number(ns)
		if !ok || v < 0 {
			return "", "", false
		}
		n = v
	}
	if m.g("other") != "" {
		n *= 2 // "every other week"
	}
	if u == "2W" {
		u, n = "W", n*2
	}
	if u == "Q" {
		return Set, fmt.Sprintf("P%sQ", trimFloat(n)), true
	}
	return Set, durValue(n, u), true
}

func setNamed(s *state, m *match) (string, string, bool) {
	if wd := m.lower("wd"); wd != "" {
		return Set, fmt.Sprintf("XXXX-WXX-%d", isoDay(weekdays[wd])), true
	}
	mw := m.g("mo")
	if mo := month(mw); mo != 0 && nameLike(mw) {
		return Set, fmt.Sprintf("XXXX-%02d", mo), true
	}
	return "", "", false
}

var adverbSets = map[string]string{
	"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "yearly": "P1Y",
	"annually": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "semiannually": "P6M", "biannually": "P6M",
}

// setAdverb reads "daily", "weekly", "annually" as sets; "quarterly"
// before a noun is left alone.
func setAdverb(s *state, m *match) (string, string, bool) {
	if inName(s, m) {
		return "", "", false // "the New York Daily News", "the Weekly Standard"
	}
	if m.lower("adv") == "daily" && newspaperAfter(s.text[m.end:]) {
		return "", "", false // "the daily said": a newspaper
	}
	if m.lower("adv") == "quarterly" {
		// "its quarterly dividend", "quarterly results": the reporting
		// period of a company, named as a kind of figure, not a set
		if w := s.wordAfter(); w != "" && w != "and" && w != "or" && w != "basis" {
			return "", "", false
		}
	}
	return Set, adverbSets[m.lower("adv")], true
}

// notNouns are lower-case words that, right after a word that may be an
// adjective or a noun ("daily", "winter"), show it is not modifying a
// noun: prepositions, conjunctions, determiners, pronouns, auxiliaries
// and adverbs.
var notNouns = wordSet("of|in|on|at|to|for|from|by|with|without|into|onto|over|under|through|throughout|during|since|until|till|" +
	"after|before|about|around|across|against|along|among|between|beyond|within|near|as|than|like|per|via|" +
	"and|or|but|nor|so|yet|if|when|while|where|because|although|though|unless|whether|that|which|who|whom|whose|" +
	"the|a|an|this|these|those|its|his|her|their|our|my|your|each|every|all|some|any|no|" +
	"he|she|it|they|we|i|you|him|them|us|me|there|here|" +
	"is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|" +
	"not|also|too|again|now|then|still|already|only|just|even|ever|never|always|alone|together|instead|" +
	"ago|later|earlier|ahead|back|long|more|less|most|least|well|very")

// nounAfter reports whether the current match is followed, after one
// space, by a lower-case word that may be a noun it modifies ("daily
// necessities", "winter wheat"), not by punctuation, a capitalised word
// or a word of notNouns ("published daily in Paris", "in winter and").
func (s *state) nounAfter() bool {
	rest := s.text[s.m.end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	end := 0
	for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' {
		end++
	}
	if end == 0 || end < len(rest) && (rest[end] == '\'' || rest[end] == '-') {
		return false
	}
	w := rest[:end]
	if notNouns[w] || strings.HasSuffix(w, "ly") {
		return false
	}
	return true
}

// newspaperAfter reports whether rest, the text after "daily", shows it
// is a newspaper, the subject of a verb of reporting ("the daily said",
// "the daily carries"). A capitalised word after it is no sign: "daily
// U.N. inspections".
func newspaperAfter(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	w := rest[:len(rest)-len(strings.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyz"))]
	return reportVerbs[w]
}

// reportVerbs are the verbs a newspaper is the subject of.
var reportVerbs = wordSet("said|says|reported|reports|carried|carries|wrote|writes|quoted|quotes|added|adds|noted|notes|" +
	"published|publishes|commented|comments|stressed|stresses|claimed|claims|cited|cites|revealed|reveals")

// inName reports whether the match, a single capitalised word, stands
// in a proper name: a capitalised word that is no sentence's end comes
// right before it, or one right after it ("the New York Daily News",
// "Breitbart News Daily", "the Weekly Standard"). Names are not
// annotated as time expressions.
func inName(s *state, m *match) bool {
	w := s.text[m.start:m.end]
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, " \t\n") {
		return false
	}
	rest := strings.TrimLeft(s.text[m.end:], " ")
	if len(rest) < len(s.text)-m.end && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && !strings.HasPrefix(rest, "I ") {
		return true
	}
	head := s.text[:m.start]
	if !strings.HasSuffix(head, " ") {
		return false
	}
	head = strings.TrimRight(head, " ")
	prev := head[strings.LastIndexAny(head, " \t\n")+1:]
	return prev != "" && prev[0] >= 'A' && prev[0] <= 'Z' && !strings.ContainsAny(prev[len(prev)-1:], ".!?:;,\"'")
}

// --- times of day ------------------------------------------------------------------------------

func clock(s *state, m *match) (string, string, bool) {
	h, mi := atoi(m.g("h")), 0
	if m.g("mi") != "" {
		mi = atoi(m.g("mi"))
	}
	switch m.lower("nm") {
	case "noon", "midday":
		h = 12
	case "midnight":
		h = 24
	default:
		ampm := strings.ToLower(m.g("ampm"))
		if h < 0 || h > 24 || mi > 59 {
			return "", "", false
		}
		if ampm != "" {
			if h < 1 || h > 12 {
				return "", "", false
			}
			if strings.HasPrefix(ampm, "p") && h < 12 {
				h += 12
			} else if strings.HasPrefix(ampm, "a") && h == 12 {
				h = 0
			}
		}
	}
	dref := m.lower("dref")
	if dref == "" {
		dref = m.lower("dref0")
	}
	if !s.known {
		return Time, fmt.Sprintf("XXXX-XX-XXT%02d:%02d", h, mi), true
	}
	t := s.dct
	if dref == "" {
		t = s.dayNear()
	}
	switch {
	case dref == "":
		if d, ok := s.dayAfter(); ok {
			t = d
		}
	case dref == "today" || dref == "tonight":
		t = s.dct
	case dref == "yesterday":
		t = s.dct.AddDate(0, 0, -1)
	case dref == "tomorrow":
		t = s.dct.AddDate(0, 0, 1)
	case m.g("dmo") != "":
		mo, d := month(m.g("dmo")), atoi(m.g("dd"))
		if mo == 0 || !validDate(2000, mo, d) {
			return "", "", false
		}
		t = s.closestYear(mo, d)
	default:
		if wd, ok := weekdays[dref]; ok {
			t = s.weekday(wd, "")
		}
	}
	s.remember(ref{t: t, g: gDay})
	v := ref{t: t, g: gDay}.value()
	return Time, fmt.Sprintf("%sT%02d:%02d", v, h, mi), true
}

// partAlone resolves a part of the day named without a day ("in the
// morning", "by late afternoon") to that part of the day last told of
// (dayNear). It needs "early" or "late", or "the" after a preposition of
// time, and no "of" after it ("the morning of June 5" is left to the
// date).
func partAlone(s *state, m *match) (string, string, bool) {
	if m.g("pos") == "" {
		if m.g("the") == "" {
			return "", "", false
		}
		switch s.wordBefore() {
		case "in", "during", "by", "through", "throughout", "until", "till", "since":
		default:
			return "", "", false
		}
	}
	if w := s.wordAfter(); w == "of" || w == "after" || w == "before" {
		return "", "", false
	}
	part := partCode[m.lower("part")]
	if !s.known {
		return Time, "XXXX-XX-XXT" + part, true
	}
	return Time, ref{t: s.dayNear(), g: gPartOfDay, part: part}.value(), true
}

// overnight resolves "overnight" ("depressed by overnight losses in New
// York", "rebels attacked overnight") to the night before the day last
// told of (dayNear). The money market's "overnight rate" is no time.
func overnight(s *state, m *match) (string, string, bool) {
	switch s.wordAfter() {
	case "rate", "rates", "loan", "loans", "funds", "money", "interest", "lending", "deposit", "deposits",
		"repo", "repurchase", "index", "bag", "delivery", "sensation", "success", "stay", "stays", "trip", "guests":
		return "", "", false
	}
	if !s.known {
		return Time, "XXXX-XX-XXTNI", true
	}
	return Time, ref{t: s.dayNear().AddDate(0, 0, -1), g: gPartOfDay, part: "NI"}.value(), true
}

// --- vague references -------------------------------------------------------------------------

func presentRef(s *state, m *match) (string, string, bool) {
	if m.lower("pr") == "current" {
		switch s.wordAfter() {
		case "account", "accounts", "affairs", "events", "flows", "flow", "of", "liabilities", "assets", "density":
			return "", "", false
		}
		if head := strings.TrimRight(s.text[:m.start], " \t-"); strings.HasSuffix(strings.ToLower(head), "then") && (len(head) == 4 || !isWordByte(head[len(head)-5])) {
			// "the then current market price": current at the time told
			// of, which is past (the match is resolved twice: the second
			// time it starts at "then")
			m.start = len(head) - len("then")
		}
		if strings.HasPrefix(strings.ToLower(s.text[m.start:m.end]), "then") {
			return Date, "PAST_REF", true
		}
	}
	if m.lower("pr") == "now" {
		if strings.HasPrefix(s.text[m.end:], "-") {
			return "", "", false // "now-defunct"
		}
		if inName(s, m) {
			return "", "", false // "the Liberty Now PAC"
		}
	}
	return Date, "PRESENT_REF", true
}

// aWhile reads "for a while", "after a little while" as a duration of
// unknown length and "a while ago" as the past; "a while" elsewhere ("in
// a while", "once in a while") is left alone.
func aWhile(s *state, m *match) (string, string, bool) {
	if m.g("ago") != "" {
		return Date, "PAST_REF", true
	}
	switch s.wordBefore() {
	case "for", "after", "within", "took", "take", "takes", "lasted", "last":
		return Duration, "PXX", true
	}
	return "", "", false
}

func pastRef(s *state, m *match) (string, string, bool) {
	if m.lower("pr") == "the past" {
		if _, ok := number(s.wordAfter()); ok {
			return "", "", false // "the past three summers": not the past as such
		}
	}
	return Date, "PAST_REF", true
}

func futureRef(s *state, m *match) (string, string, bool) {
	if strings.HasSuffix(m.lower("pr"), "future") && s.wordAfter() == "of" {
		return "", "", false // "the future of our peoples": what is to become of them
	}
	if m.lower("pr") == "soon" {
		// "soon after the war", "as soon as they left", "how soon":
		// a relation to an event, not the near future
		if strings.HasPrefix(s.text[m.end:], "-") {
			return "", "", false // "soon-to-be"
		}
		switch s.wordAfter() {
		case "after", "afterward", "afterwards", "thereafter", "before", "as", "enough":
			return "", "", false
		}
		switch s.wordBefore() {
		case "as", "how", "so", "too":
			return "", "", false
		}
	}
	return Date, "FUTURE_REF", true
}

// --- Korean ----------------------------------------------------------------------------------------

func koDate(s *state, m *match) (string, string, bool) {
	y, mo, d := atoi(m.g("y")), atoi(m.g("mo")), atoi(m.g("d"))
	switch {
	case m.g("dec") != "":
		return Date, ref{t: ymd(y, 1, 1), g: gDecade}.value(), true
	case m.g("mo") == "":
		return s.date(ref{t: ymd(y, 1, 1), g: gYear})
	case mo < 1 || mo > 12:
		return "", "", false
	case m.g("d") == "":
		return s.date(ref{t: ymd(y, time.Month(mo), 1), g: gMonth})
	case m.g("y") == "":
		if !validDate(2000, time.Month(mo), d) {
			return "", "", false
		}
		if !s.known {
			return Date, fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
		}
		t := s.closestYear(time.Month(mo), d)
		switch m.g("rel") {
		case "지난": // the last such day before the creation date
			t = ymd(s.dct.Year(), time.Month(mo), d)
			if t.After(s.dct) {
				t = ymd(s.dct.Year()-1, time.Month(mo), d)
			}
		case "오는": // the next one after it
			t = ymd(s.dct.Year(), time.Month(mo), d)
			if t.Before(s.dct) {
				t = ymd(s.dct.Year()+1, time.Month(mo), d)
			}
		}
		if !validDate(t.Year(), t.Month(), d) {
			return "", "", false
		}
		return s.date(ref{t: t, g: gDay})
	}
	if !validDate(y, time.Month(mo), d) {
		return "", "", false
	}
	return s.date(ref{t: ymd(y, time.Month(mo), d), g: gDay})
}

func koDay(s *state, m *match) (string, string, bool) {
	d := atoi(m.g("d"))
	if d < 1 || d > 31 {
		return "", "", false
	}
	rest := s.text[m.end:]
	for _, suf := range []string{"간", "동안", "만에", "전", "후", "뒤", "째"} {
		if strings.HasPrefix(strings.TrimLeft(rest, " "), suf) {
			return "", "", false // a duration: koNumUnit takes it
		}
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-XX-%02d", d), true
	}
	t, ok := s.dayOfMonth(d, m.g("rel") == "오는" || (m.g("rel") == "" && s.future()))
	if !ok {
		return Date, fmt.Sprintf("XXXX-XX-%02d", d), true
	}
	return s.date(ref{t: t, g: gDay})
}

// koClock reads a Korean clock time, with the day of the month and the
// part of the day before it when given: "28일 오후 3시" (3 p.m. on the
// 28th), "오전 10시 30분", "밤 9시 반". "3시간" (three hours) is a
// duration, not a time.
func koClock(s *state, m *match) (string, string, bool) {
	h, mi := atoi(m.g("h")), 0
	switch {
	case m.g("mi") != "":
		mi = atoi(m.g("mi"))
	case m.g("half") != "":
		mi = 30
	}
	if strings.HasPrefix(s.text[m.end:], "간") || h > 24 || mi > 59 {
		return "", "", false
	}
	switch m.g("ap") {
	case "오후", "저녁", "밤":
		if h >= 1 && h < 12 {
			h += 12
		}
	case "오전", "새벽", "아침":
		if h == 12 {
			h = 0
		}
	}
	d := atoi(m.g("d"))
	if m.g("d") != "" && (d < 1 || d > 31) {
		return "", "", false
	}
	if !s.known {
		if m.g("d") != "" {
			return Time, fmt.Sprintf("XXXX-XX-%02dT%02d:%02d", d, h, mi), true
		}
		return Time, fmt.Sprintf("XXXX-XX-XXT%02d:%02d", h, mi), true
	}
	t := s.dayNear()
	if m.g("d") != "" {
		var ok bool
		if t, ok = s.dayOfMonth(d, s.future()); !ok {
			return "", "", false
		}
	}
	y, mo, dd := t.Date()
	return Time, ref{t: time.Date(y, mo, dd, h, mi, 0, 0, time.UTC), g: gMinute}.value(), true
}

func koMonth(s *state, m *match) (string, string, bool) {
	mo := atoi(m.g("mo"))
	if mo < 1 || mo > 12 {
		return "", "", false
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-%02d", mo), true
	}
	rel := map[string]string{"지난": "last", "오는": "next", "이번": "this"}[m.g("rel")]
	return s.date(ref{t: ymd(s.monthYear(time.Month(mo), rel), time.Month(mo), 1), g: gMonth})
}

func koWord(s *state, m *match) (string, string, bool) {
	w := strings.Join(strings.Fields(m.g("w")), "")
	switch w {
	case "현재", "지금":
		return Date, "PRESENT_REF", true
	case "최근":
		return Date, "PAST_REF", true
	case "향후", "앞으로":
		return Date, "FUTURE_REF", true
	}
	if !s.known && w != "같은해" && w != "그해" && w != "같은날" && w != "이날" && w != "당일" {
		return Date, "XXXX", true
	}
	d := s.dct
	switch w {
	case "지난달":
		return s.date(ref{t: addMonths(d, -1), g: gMonth})
	case "이번달", "이달":
		return s.date(ref{t: d, g: gMonth})
	case "다음달", "내달":
		return s.date(ref{t: addMonths(d, 1), g: gMonth})
	case "올해", "금년":
		return s.date(ref{t: d, g: gYear})
	case "지난해", "작년":
		return s.date(ref{t: d.AddDate(-1, 0, 0), g: gYear})
	case "재작년":
		return s.date(ref{t: d.AddDate(-2, 0, 0), g: gYear})
	case "내년":
		return s.date(ref{t: d.AddDate(1, 0, 0), g: gYear})
	case "오늘":
		return s.date(ref{t: d, g: gDay})
	case "어제":
		return s.date(ref{t: d.AddDate(0, 0, -1), g: gDay})
	case "내일":
		return s.date(ref{t: d.AddDate(0, 0, 1), g: gDay})
	case "그저께", "그제":
		return s.date(ref{t: d.AddDate(0, 0, -2), g: gDay})
	case "모레":
		return s.date(ref{t: d.AddDate(0, 0, 2), g: gDay})
	case "지난주":
		return s.date(ref{t: d.AddDate(0, 0, -7), g: gWeek})
	case "이번주", "금주":
		return s.date(ref{t: d, g: gWeek})
	case "다음주":
		return s.date(ref{t: d.AddDate(0, 0, 7), g: gWeek})
	case "같은해", "그해":
		a := s.anchor()
		return s.date(ref{t: a.t, g: gYear})
	case "같은날", "이날", "당일":
		a := s.anchor()
		if a.g < gDay {
			return Date, a.value(), true
		}
		return s.date(ref{t: a.t, g: gDay})
	}
	return "", "", false
}

// koRelDate reads a month and day of a year named relative to the
// creation date ("지난해 12월 5일", the 5th of December last year; "올해
// 3월", March this year) or a day of a month so named ("지난달 30일", the
// 30th of last month).
func koRelDate(s *state, m *match) (string, string, bool) {
	mo, d := atoi(m.g("mo")), atoi(m.g("d"))
	if m.g("mo") != "" && (mo < 1 || mo > 12) || m.g("d") != "" && (d < 1 || d > 31) {
		return "", "", false
	}
	if !s.known {
		return "", "", false // the parts alone say as much
	}
	var y int
	var month time.Month
	if yw := m.g("yw"); yw != "" {
		y = s.dct.Year() + map[string]int{"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "재작년": -2, "내년": 1}[yw]
		month = time.Month(mo)
	} else {
		off := map[string]int{"지난달": -1, "이번달": 0, "이달": 0, "다음달": 1, "내달": 1}[strings.Join(strings.Fields(m.g("mw")), "")]
		t := addMonths(s.dct, off)
		y, month = t.Year(), t.Month()
	}
	if m.g("d") == "" {
		return s.date(ref{t: ymd(y, month, 1), g: gMonth})
	}
	if !validDate(y, month, d) {
		return "", "", false
	}
	return s.date(ref{t: ymd(y, month, d), g: gDay})
}

func koWeekday(s *state, m *match) (string, string, bool) {
	wd, ok := weekdays[m.g("wd")]
	if !ok {
		return "", "", false
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)), true
	}
	return s.date(ref{t: s.weekday(wd, m.g("rel")), g: gDay})
}

func koNumUnit(s *state, m *match) (string, string, bool) {
	n := atoi(m.g("n"))
	u := m.g("u")
	k := m.g("k")
	if n < 0 || n > 100000 {
		return "", "", false
	}
	if k == "" && u != "개월" {
		return "", "", false // "11일", "6월": dates, other rules
	}
	g, du := unitOf(u)
	switch k {
	case "전", "前":
		if !s.known {
			return Date, "XXXX", true
		}
		if g == gMinute {
			return Duration, durValue(float64(n), du), true
		}
		return s.date(ref{t: shift(s.dct, -n, g), g: g})
	case "후", "뒤":
		if g == gMinute {
			return Duration, durValue(float64(n), du), true
		}
		a := s.anchor()
		rg := g
		if a.g > g {
			rg = a.g
		}
		return Date, ref{t: shift(a.t, n, g), g: rg}.value(), true
	}
	return Duration, durValue(float64(n), du), true
}

func koSet(s *state, m *match) (string, string, bool) {
	switch m.g("w") {
	case "매일", "날마다":
		return Set, "P1D", true
	case "매주":
		return Set, "P1W", true
	case "매달", "매월":
		return Set, "P1M", true
	}
	return Set, "P1Y", true
}

// --- Portuguese --------------------------------------------------------------------------------------

func ptDate(s *state, m *match) (string, string, bool) {
	mo := ptMonths[m.lower("mo")]
	if mo == 0 {
		return "", "", false
	}
	if mw := m.g("mo"); m.g("d") == "" && m.g("y") == "" && m.g("rel") == "" && mw[0] >= 'A' && mw[0] <= 'Z' {
		return "", "", false // "Marco Rubio": Portuguese writes months in lower case
	}
	y := atoi(m.g("y"))
	if m.g("d") == "" {
		if y > 0 {
			return s.date(ref{t: ymd(y, mo, 1), g: gMonth})
		}
		if !s.known {
			return Date, fmt.Sprintf("XXXX-%02d", mo), true
		}
		rel := map[string]string{"passado": "last", "próximo": "next"}[m.lower("rel")]
		return s.date(ref{t: ymd(s.monthYear(mo, rel), mo, 1), g: gMonth})
	}
	return s.monthDay(y, mo, atoi(m.g("d")))
}

func ptWeekday(s *state, m *match) (string, string, bool) {
	wd, ok := weekdays[m.lower("wd")]
	if !ok {
		return "", "", false
	}
	if w := m.g("wd"); m.g("rel") == "" && m.g("rel0") == "" && w[0] >= 'A' && w[0] <= 'Z' && !s.sentenceStart(m.start) {
		return "", "", false // "Santo Domingo": Portuguese writes day names in lower case
	}
	if dn := atoi(m.g("dn")); dn >= 1 && dn <= 31 {
		// "nesta sexta-feira (29)": the Brazilian press gives the day
		// of the month in brackets.
		if !s.known {
			return Date, fmt.Sprintf("XXXX-XX-%02d", dn), true
		}
		return s.date(ref{t: s.weekdayOfMonthDay(wd, dn), g: gDay})
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)), true
	}
	rel := m.lower("rel")
	r0 := strings.Fields(m.lower("rel0"))
	if len(r0) > 0 {
		rel = r0[len(r0)-1]
	}
	if rel == "que vem" {
		rel = "próxima"
	}
	return s.date(ref{t: s.weekday(wd, rel), g: gDay})
}

// ptDay reads "dia 29" (the 29th: of the creation date's month, or the
// month before when that day is still to come, unless the clause is
// about the future), "próximo dia 3" and "último dia 30".
func ptDay(s *state, m *match) (string, string, bool) {
	d := atoi(m.g("d"))
	if d < 1 || d > 31 {
		return "", "", false
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-XX-%02d", d), true
	}
	future := s.future()
	switch m.lower("rel") {
	case "próximo":
		future = true
	case "último":
		future = false
	}
	t, ok := s.dayOfMonth(d, future)
	if !ok {
		return "", "", false
	}
	return s.date(ref{t: t, g: gDay})
}

// weekdayOfMonthDay returns the day numbered dn, in the creation date's
// month or the month before or after, nearest the creation date; among
// those on weekday wd, if any is.
func (s *state) weekdayOfMonthDay(wd time.Weekday, dn int) time.Time {
	var best time.Time
	bestFit := false
	for _, k := range []int{0, -1, 1} {
		first := time.Date(s.dct.Year(), s.dct.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		t := first.AddDate(0, 0, dn-1)
		if t.Month() != first.Month() {
			continue // no such day in that month
		}
		fit := t.Weekday() == wd
		if best.IsZero() || fit && !bestFit || fit == bestFit && t.Sub(s.dct).Abs() < best.Sub(s.dct).Abs() {
			best, bestFit = t, fit
		}
	}
	return best
}

func ptWord(s *state, m *match) (string, string, bool) {
	w := m.lower("w")
	w = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(w, "o "), "a "), "n")
	switch w {
	case "agora", "atualmente", "actualmente":
		return Date, "PRESENT_REF", true
	case "recentemente":
		return Date, "PAST_REF", true
	case "em breve", "o futuro":
		return Date, "FUTURE_REF", true
	}
	if !s.known {
		return Date, "XXXX", true
	}
	d := s.dct
	has := func(x string) bool { return strings.Contains(w, x) }
	switch {
	case w == "hoje":
		return s.date(ref{t: d, g: gDay})
	case w == "ontem":
		return s.date(ref{t: d.AddDate(0, 0, -1), g: gDay})
	case w == "anteontem":
		return s.date(ref{t: d.AddDate(0, 0, -2), g: gDay})
	case w == "amanhã":
		return s.date(ref{t: d.AddDate(0, 0, 1), g: gDay})
	}
	var g gran
	switch {
	case has("ano"):
		g = gYear
	case has("mês"):
		g = gMonth
	case has("semana"):
		g = gWeek
	default:
		return "", "", false
	}
	switch {
	case has("passad"):
		return s.date(ref{t: shift(d, -1, g), g: g})
	case has("próxim") || has("que vem"):
		return s.date(ref{t: shift(d, 1, g), g: g})
	case has("anterior"):
		a := s.anchor()
		return s.date(ref{t: shift(a.t, -1, g), g: g})
	case has("mesmo"):
		a := s.anchor()
		return s.date(ref{t: a.t, g: g})
	}
	return s.date(ref{t: d, g: g})
}

func ptNumUnit(s *state, m *match) (string, string, bool) {
	n, ok := number(m.g("num"))
	if !ok {
		return "", "", false
	}
	g, u := unitOf(m.lower("unit"))
	if g == gNone {
		return "", "", false
	}
	ago := m.g("ha") != "" || m.lower("atras") == "atrás" || m.lower("atras") == "antes"
	if ago {
		if n < 0 {
			return Date, "PAST_REF", true
		}
		if !s.known {
			return Date, "XXXX", true
		}
		if g == gMinute {
			return Duration, durValue(n, u), true
		}
		return s.date(ref{t: shift(s.dct, -int(n), g), g: g})
	}
	return Duration, durValue(n, u), true
}

func ptSet(s *state, m *match) (string, string, bool) {
	w := m.lower("w")
	switch {
	case strings.Contains(w, "dia"):
		return Set, "P1D", true
	case strings.Contains(w, "seman"):
		return Set, "P1W", true
	case strings.Contains(w, "mes") || strings.Contains(w, "mês"):
		return Set, "P1M", true
	}
	return Set, "P1Y", true
}
