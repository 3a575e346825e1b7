package quote

import (
	"strings"
	"unicode"
)

// Portuguese, Spanish, French and Italian news attribute speech alike:
// a few verbs of saying (disse, dijo, a déclaré, ha detto …) in three
// orders: the speaker first ("Lula disse que …", "El portavoz afirmó:
// «…»"), the quotation first with the speaker after the verb ("“…”,
// disse o presidente"), and a source phrase ("segundo X", "según X",
// "selon X", "secondo X"). The rules read these orders once, with a
// lexicon for each language. These languages may drop a subject the
// reader knows ("Disse ainda que …"), and such a sentence continues the
// latest speaker's (see bySentence). German news uses the same orders
// („…“, sagte X; X sagte, dass …; laut X), with two of its own: a
// comma alone may open the reported clause ("X sagte, die Gespräche
// würden fortgesetzt"), and a sentence that opens with an adverbial puts
// the speaker after the verb ("Am Dienstag sagte X, …"); the same rules
// read it, with flags for these.

// romance is one language's words for the rules.
type romance struct {
	// cues are verbs of saying, in the forms news uses: simple past
	// and present, and the participles of compound past tenses.
	cues map[string]bool
	// aux are the auxiliaries of those compound tenses ("a déclaré",
	// "ha detto"), part of the cue when before a participle.
	aux map[string]bool
	// stop ends a speaker phrase read backwards from its verb: words
	// that start a clause or an adverbial.
	stop map[string]bool
	// that introduces a reported clause ("que", "che"); also may
	// stand between the verb and it ("ainda", "además").
	that, also map[string]bool
	// source are the prepositions of a source ("segundo"); sourceOf
	// the last words of source phrases, each with the words before it
	// ("de acordo com").
	source   map[string]bool
	sourceOf map[string][]string
	// articles may open a speaker phrase in lower case ("o governo").
	articles map[string]bool
	// adjunct open a time, place or channel adjunct between the verb
	// and that: "disse nesta sexta-feira (12) que", "dijo a la prensa
	// que", "a déclaré mardi que", "ha detto ai giornalisti che".
	adjunct map[string]bool
	// German: afterQuote are cues only right after a quotation ("„…“,
	// so Merz"); pronouns may speak after an inverted verb ("sagte
	// er"); with commaClause a comma after the verb (or its inverted
	// speaker) opens the reported clause ("Merz sagte, die Gespräche
	// würden fortgesetzt"); with v2 a sentence that opens with an
	// adverbial puts the speaker after the verb ("Am Dienstag sagte
	// Merz, …").
	afterQuote, pronouns map[string]bool
	commaClause, v2      bool
}

// maxAdjunct is the most words an adjunct between a verb of saying and
// its that may have.
const maxAdjunct = 8

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	portugueseRules = &romance{
		cues: set("disse", "afirmou", "declarou", "explicou", "acrescentou", "ressaltou", "destacou", "garantiu",
			"anunciou", "informou", "comentou", "questionou", "alertou", "defendeu", "criticou", "reforçou",
			"observou", "lembrou", "salientou", "admitiu", "negou", "escreveu", "afirmaram", "disseram",
			"declararam", "diz", "afirma", "declara", "dizem", "avaliou", "sublinhou", "frisou", "argumentou",
			"respondeu", "concluiu", "completou", "pontuou", "enfatizou", "indicou", "relatou", "contou"),
		stop: set("e", "mas", "que", "quando", "em", "na", "no", "nesta", "neste", "nessa", "nesse", "após",
			"depois", "ontem", "hoje", "já", "também", "ainda", "porém", "onde", "como", "se", "para", "por",
			"ao", "à", "durante", "antes", "então", "isso", "isto"),
		that: set("que"), also: set("ainda", "também"),
		source:   set("segundo", "conforme"),
		sourceOf: map[string][]string{"com": {"de", "acordo"}},
		articles: set("o", "a", "os", "as"),
		adjunct: set("nesta", "neste", "nessa", "nesse", "na", "no", "nas", "nos", "em", "hoje", "ontem", "anteontem",
			"à", "ao", "às", "aos", "durante", "após", "pelo", "pela", "por", "segunda-feira", "terça-feira",
			"quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
	}
	spanishRules = &romance{
		cues: set("dijo", "afirmó", "declaró", "explicó", "añadió", "agregó", "aseguró", "señaló", "indicó",
			"anunció", "informó", "comentó", "advirtió", "defendió", "criticó", "subrayó", "destacó", "recordó",
			"admitió", "negó", "escribió", "dijeron", "afirmaron", "declararon", "dice", "afirma", "asegura",
			"sostuvo", "manifestó", "expresó", "apuntó", "insistió", "reiteró", "respondió", "concluyó",
			"precisó", "aseveró", "puntualizó", "reconoció", "denunció"),
		stop: set("y", "pero", "que", "cuando", "en", "este", "esta", "tras", "después", "ayer", "hoy", "ya",
			"también", "además", "donde", "como", "si", "para", "por", "al", "a", "durante", "antes", "entonces",
			"eso", "esto"),
		that: set("que"), also: set("además", "también"),
		source:   set("según"),
		sourceOf: map[string][]string{"con": {"de", "acuerdo"}},
		articles: set("el", "la", "los", "las"),
		adjunct: set("este", "esta", "hoy", "ayer", "anoche", "en", "a", "al", "ante", "durante", "tras", "por",
			"mediante", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
	}
	frenchRules = &romance{
		cues: set("déclaré", "dit", "affirmé", "expliqué", "ajouté", "assuré", "souligné", "indiqué", "annoncé",
			"précisé", "estimé", "averti", "rappelé", "reconnu", "démenti", "écrit", "répondu", "confié",
			"martelé", "insisté", "dénoncé", "déclare", "affirme", "explique", "ajoute", "assure", "souligne",
			"indique", "estime", "déclarait", "affirmait"),
		aux: set("a", "ont", "avait", "avaient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles"),
		stop: set("et", "mais", "que", "qu", "quand", "en", "dans", "ce", "cette", "après", "hier", "aujourd",
			"déjà", "aussi", "encore", "où", "comme", "si", "pour", "par", "au", "à", "pendant", "avant",
			"alors", "cela"),
		that: set("que", "qu"), also: set("aussi", "encore", "également"),
		source:   set("selon", "d'après"),
		articles: set("le", "la", "les", "l"),
		adjunct: set("hier", "aujourd'hui", "aujourd", "à", "au", "aux", "dans", "lors", "devant", "lundi", "mardi",
			"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce", "cette"),
	}
	germanRules = &romance{
		cues: set("sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "warnte",
			"warnt", "kritisierte", "bekräftigte", "versicherte", "schrieb", "schreibt", "meinte", "bestätigte",
			"forderte", "fordert", "verkündete", "berichtete", "berichtet", "unterstrich", "ergänzte",
			"argumentierte", "antwortete", "behauptete", "mahnte", "sagen", "betonten"),
		stop: set("und", "aber", "dass", "als", "wenn", "weil", "am", "im", "in", "nach", "vor", "heute",
			"gestern", "auch", "noch", "bereits", "zudem", "außerdem", "dabei", "damit", "dazu", "so", "wie",
			"bei", "für", "mit", "von", "zu", "auf", "an", "um", "über", "seit", "während", "nachdem", "denn",
			"doch", "jedoch", "nun", "jetzt", "dann", "da", "hier", "dort", "später", "zuvor", "ist", "sind",
			"war", "waren", "hat", "haben", "hatte", "wird", "werden", "wurde", "wurden", "soll", "sollen",
			"sei", "seien", "habe", "könne", "müsse", "gegenüber"),
		that: set("dass"), also: set("auch", "zudem", "außerdem", "ferner"),
		source:   set("laut"),
		sourceOf: map[string][]string{"von": {"nach", "angaben"}, "des": {"nach", "angaben"}, "der": {"nach", "angaben"}},
		articles: set("der", "die", "das", "den", "dem", "des", "ein", "eine"),
		adjunct: set("am", "im", "in", "bei", "vor", "nach", "gegenüber", "heute", "gestern", "montag",
			"dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
		afterQuote:  set("so"),
		pronouns:    set("er", "sie", "man"),
		commaClause: true,
		v2:          true,
	}
	italianRules = &romance{
		cues: set("detto", "dichiarato", "affermato", "spiegato", "aggiunto", "assicurato", "sottolineato",
			"indicato", "annunciato", "precisato", "ribadito", "ricordato", "ammesso", "negato", "scritto",
			"risposto", "commentato", "osservato", "avvertito", "denunciato", "dice", "afferma", "spiega",
			"aggiunge", "sottolinea", "dichiara", "disse"),
		aux: set("ha", "hanno", "aveva", "avevano"),
		stop: set("e", "ma", "che", "quando", "in", "nel", "nella", "questo", "questa", "dopo", "ieri", "oggi",
			"già", "anche", "ancora", "dove", "come", "se", "per", "al", "alla", "a", "durante", "prima",
			"allora", "ciò"),
		that: set("che"), also: set("anche", "inoltre"),
		source:   set("secondo"),
		articles: set("il", "lo", "la", "i", "gli", "le", "l"),
		adjunct: set("oggi", "ieri", "a", "al", "ai", "alla", "alle", "in", "nel", "nella", "durante", "dopo",
			"davanti", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
	}
)

// inverted returns, for a language with v2 order, the last word of the
// speaker that follows the verb at k (ck with its auxiliary) when the
// sentence opens with an adverbial rather than its subject: "Am
// Dienstag sagte Merz, …", "Gestern erklärte der Minister: …", "Dazu
// sagte er, …". ok is false otherwise.
func (l *romance) inverted(rs []rune, ws []ptWord, ck, k int) (int, bool) {
	if !l.v2 || ck == 0 || k+1 >= len(ws) || ws[k].comma || ws[k].colon {
		return 0, false
	}
	if first := ws[0].low; !l.stop[first] && !l.adjunct[first] {
		return 0, false
	}
	nx := ws[k+1]
	if !unicode.IsUpper([]rune(nx.text)[0]) && !l.articles[nx.low] && !l.pronouns[nx.low] {
		return 0, false
	}
	sp := l.speakerAfter(rs, ws, k+1)
	if sp == nil {
		return 0, false
	}
	j := k + 1
	for j+1 < len(ws) && ws[j+1].end <= sp.End {
		j++
	}
	return j, true
}

// adjunctComma returns, for a language whose reported clause may follow
// a comma, the index of the clause's first word after an adjunct that
// follows the verb at k and ends in that comma ("sagte am Dienstag in
// Berlin, die Gespräche …").
func (l *romance) adjunctComma(ws []ptWord, k int) (int, bool) {
	if !l.commaClause || k+2 >= len(ws) || !l.adjunct[ws[k+1].low] {
		return 0, false
	}
	for j := k + 1; j+1 < len(ws) && j <= k+maxAdjunct; j++ {
		if ws[j].colon || l.cues[ws[j].low] || l.that[ws[j].low] {
			return 0, false
		}
		if ws[j].comma {
			return j + 1, true
		}
	}
	return 0, false
}

// adjunctThat returns the index of the that after an adjunct that
// follows the verb of saying at k: "disse nesta sexta-feira (12) que",
// "afirmou, em entrevista à rádio, que". The adjunct opens with one of
// the rules' adjunct words or a number and holds no other verb of saying
// and no colon; a that right after a comma is a relative pronoun ("disse
// o ministro, que …") unless a comma opened the adjunct too.
func (l *romance) adjunctThat(ws []ptWord, k int) (int, bool) {
	if k+2 >= len(ws) {
		return 0, false
	}
	first := ws[k+1]
	if !l.adjunct[first.low] && !unicode.IsDigit([]rune(first.low)[0]) {
		return 0, false
	}
	commas := ws[k].comma
	for j := k + 2; j < len(ws) && j <= k+1+maxAdjunct; j++ {
		p := ws[j-1]
		if p.colon || l.cues[p.low] || l.that[p.low] {
			return 0, false
		}
		if l.that[ws[j].low] {
			return j, !p.comma || commas
		}
		commas = commas || p.comma
	}
	return 0, false
}

// ExtractPortuguese returns the attributions of a Portuguese text, with
// offsets in code points as Extract's.
func ExtractPortuguese(text string) []Quote { return portugueseRules.extract(text) }

// ExtractRomance returns the attributions of a text in Portuguese
// ("pt"), Spanish ("es"), French ("fr") or Italian ("it"), or in German
// ("de"), whose news attributes speech in the same few orders; ok is
// false for another language.
func ExtractRomance(text, lang string) (qs []Quote, ok bool) {
	l, ok := map[string]*romance{"pt": portugueseRules, "es": spanishRules, "fr": frenchRules, "it": italianRules, "de": germanRules}[lang]
	if !ok {
		return nil, false
	}
	return l.extract(text), true
}

// ptWord is one word of a sentence, in code points, with the
// punctuation around it stripped.
type ptWord struct {
	start, end int    // the word without the punctuation
	text, low  string // as written, and lower-cased
	comma      bool   // followed by a comma
	colon      bool   // followed by a colon
}

// extract returns the attributions of a text in the rules' language.
func (l *romance) extract(text string) []Quote {
	if len(text) > MaxInput {
		text = text[:MaxInput]
	}
	rs := []rune(text)
	return bySentence(rs, func(lo, hi int) []Quote { return l.sentence(rs, lo, hi) }, nil)
}

// ptWords splits rs[lo:hi] into words.
func ptWords(rs []rune, lo, hi int) []ptWord {
	var out []ptWord
	for i := lo; i < hi; {
		for i < hi && !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			i++
		}
		j := i
		for j < hi && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') {
			j++
		}
		if j > i {
			w := ptWord{start: i, end: j, text: string(rs[i:j])}
			w.low = strings.ToLower(w.text)
			k := j
			for k < hi && rs[k] == ' ' {
				k++
			}
			w.comma = k < hi && rs[k] == ','
			w.colon = k < hi && rs[k] == ':'
			out = append(out, w)
		}
		i = j
	}
	return out
}

// sourceAt reports a source phrase ending with word k ("segundo",
// "de acordo com") and the index of its first word.
func (l *romance) sourceAt(ws []ptWord, k int) (int, bool) {
	if l.source[ws[k].low] {
		return k, true
	}
	before, ok := l.sourceOf[ws[k].low]
	if !ok || k < len(before) {
		return 0, false
	}
	for i, b := range before {
		if ws[k-len(before)+i].low != b {
			return 0, false
		}
	}
	return k - len(before), true
}

// ptQuotation returns the first quotation in rs[lo:hi] at or after
// from: its span with the marks, or ok false.
func ptQuotation(rs []rune, from, hi int) (int, int, bool) {
	for i := from; i < hi; i++ {
		var closer rune
		switch rs[i] {
		case '“':
			closer = '”'
		case '„':
			closer = '“' // German „…“
		case '«':
			closer = '»'
		case '»':
			closer = '«' // German »…«
		case '"':
			closer = '"'
		default:
			continue
		}
		for j := i + 1; j < hi; j++ {
			if rs[j] == closer {
				return i, j + 1, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// ptSpeakerBefore reads the speaker phrase that ends just before word k:
// back over names, articles and nouns, stopping at a comma, a clause or
// adverbial word, or six words. A phrase in commas before the verb is
// an apposition, read with the phrase before it: "A porta-voz da Casa
// Branca, Karoline Leavitt, afirmou".
func (l *romance) speakerBefore(rs []rune, ws []ptWord, k int) *Span {
	if k >= 2 && ws[k-1].comma {
		inner := l.phraseBefore(rs, ws, k, true)
		if inner == nil {
			return nil
		}
		a := k - 1
		for a > 0 && ws[a-1].end > inner.Start {
			a--
		}
		if a >= 1 && ws[a-1].comma {
			if head := l.phraseBefore(rs, ws, a, true); head != nil {
				return &Span{Text: string(rs[head.Start:inner.End]), Start: head.Start, End: inner.End}
			}
		}
		return inner
	}
	return l.phraseBefore(rs, ws, k, false)
}

// ptPhraseBefore reads a noun phrase that ends with word k-1; a comma
// after that word is allowed when lastComma is set.
func (l *romance) phraseBefore(rs []rune, ws []ptWord, k int, lastComma bool) *Span {
	first := k
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		comma := ws[j].comma && !(lastComma && j == k-1)
		if l.stop[ws[j].low] || comma || ws[j].colon || isDigits(ws[j].text) {
			break
		}
		// A gap with other punctuation ("(29)", a dash) ends it too.
		if j < k-1 && strings.TrimSpace(string(rs[ws[j].end:ws[j+1].start])) != "" {
			break
		}
		first = j
	}
	if first == k {
		return nil
	}
	// A phrase of lower-case words alone is no name ("o governo" is one,
	// with its article; "foi aprovado" is not).
	named := false
	for _, w := range ws[first:k] {
		if unicode.IsUpper([]rune(w.text)[0]) || l.articles[w.low] {
			named = true
		}
	}
	if !named {
		return nil
	}
	return &Span{Text: string(rs[ws[first].start:ws[k-1].end]), Start: ws[first].start, End: ws[k-1].end}
}

// ptSpeakerAfter reads the speaker phrase that follows a verb of saying
// ("disse o presidente Lula."), up to a comma or the sentence's end.
func (l *romance) speakerAfter(rs []rune, ws []ptWord, k int) *Span {
	if k >= len(ws) {
		return nil
	}
	last := k
	for j := k; j < len(ws) && j-k < 8; j++ {
		if j > k && (l.stop[ws[j].low] || strings.TrimSpace(string(rs[ws[j-1].end:ws[j].start])) != "") {
			break
		}
		last = j
		if ws[j].comma {
			break
		}
	}
	return &Span{Text: string(rs[ws[k].start:ws[last].end]), Start: ws[k].start, End: ws[last].end}
}

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// sentence finds the attribution of the sentence rs[lo:hi].
func (l *romance) sentence(rs []rune, lo, hi int) []Quote {
	ws := ptWords(rs, lo, hi)
	end := hi
	for end > lo && (rs[end-1] == '.' || unicode.IsSpace(rs[end-1])) {
		end--
	}
	// quoted[i] reports that rs[lo+i] is inside quotation marks.
	quoted := make([]bool, hi-lo)
	var m marks
	for i := lo; i < hi; i++ {
		quoted[i-lo] = m.open()
		m.step(rs[i])
	}
	inQuote := func(pos int) bool { return quoted[pos-lo] }
	for k, w := range ws {
		if inQuote(w.start) {
			continue
		}
		// "segundo X, …", "de acordo com X, …", "…, segundo X."
		if first, ok := l.sourceAt(ws, k); ok {
			cueStart := ws[first].start
			spk := l.speakerAfter(rs, ws, k+1)
			if spk == nil {
				continue
			}
			var cs, ce int
			if first == 0 {
				cs, ce = spk.End, end // the source opens the sentence
				for cs < ce && (rs[cs] == ',' || unicode.IsSpace(rs[cs])) {
					cs++
				}
			} else {
				cs, ce = lo, cueStart // "…, segundo X."
				for ce > cs && (rs[ce-1] == ',' || unicode.IsSpace(rs[ce-1])) {
					ce--
				}
			}
			if ce-cs < 8 {
				continue
			}
			return []Quote{{Speaker: spk, Cue: &Span{Text: string(rs[cueStart:w.end]), Start: cueStart, End: w.end},
				Content: Span{Text: string(rs[cs:ce]), Start: cs, End: ce}}}
		}
		if !l.cues[w.low] && !l.afterQuote[w.low] {
			continue
		}
		// A compound tense's auxiliary is part of the cue: "a déclaré".
		ck := k
		if k > 0 && l.aux[ws[k-1].low] && strings.TrimSpace(string(rs[ws[k-1].end:w.start])) == "" {
			ck = k - 1
		}
		cue := &Span{Text: string(rs[ws[ck].start:w.end]), Start: ws[ck].start, End: w.end}
		// The quotation first: “…”, disse X.
		if qs, qe, ok := ptQuotation(rs, lo, cue.Start); ok && strings.Trim(string(rs[qe:cue.Start]), " ,–—-") == "" {
			return []Quote{{Speaker: l.speakerAfter(rs, ws, k+1), Cue: cue, Content: Span{Text: string(rs[qs:qe]), Start: qs, End: qe}, Direct: true}}
		}
		if !l.cues[w.low] {
			continue // "so" after no quotation
		}
		spk := l.speakerBefore(rs, ws, ck)
		if inv, ok := l.inverted(rs, ws, ck, k); ok {
			// "Am Dienstag sagte Merz, …": the verb's report starts
			// after its speaker.
			spk, k = &Span{Text: string(rs[ws[k+1].start:ws[inv].end]), Start: ws[k+1].start, End: ws[inv].end}, inv
			w = ws[k]
		}
		if spk == nil && ck > 0 && !ws[ck-1].comma {
			continue // "foi dito", "o que disse": not an attribution
		}
		// X disse: “…” / X afirmou que “…” / X disse que …
		rest := w.end
		if w.colon {
			for rest < hi && rs[rest] != ':' {
				rest++
			}
			rest++
		} else if k+1 < len(ws) && l.that[ws[k+1].low] {
			rest = ws[k+1].end
		} else if k+2 < len(ws) && l.also[ws[k+1].low] && l.that[ws[k+2].low] {
			rest = ws[k+2].end
		} else if j, ok := l.adjunctThat(ws, k); ok {
			rest = ws[j].end
		} else if l.commaClause && w.comma && spk != nil && k+1 < len(ws) {
			rest = ws[k+1].start // "Merz sagte, die Gespräche würden …"
		} else if j, ok := l.adjunctComma(ws, k); ok && spk != nil {
			rest = ws[j].start // "Merz sagte am Dienstag in Berlin, die …"
		} else {
			continue // "disse o presidente" with nothing said here
		}
		if qs, qe, ok := ptQuotation(rs, rest, hi); ok && strings.TrimSpace(string(rs[rest:qs])) == "" {
			return []Quote{{Speaker: spk, Cue: cue, Content: Span{Text: string(rs[qs:qe]), Start: qs, End: qe}, Direct: true}}
		}
		for rest < end && (unicode.IsSpace(rs[rest]) || rs[rest] == ',') {
			rest++ // "que, ante la votación, …"
		}
		if end-rest < 8 {
			continue
		}
		return []Quote{{Speaker: spk, Cue: cue, Content: Span{Text: string(rs[rest:end]), Start: rest, End: end}}}
	}
	return nil
}
