package quote

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// cueClass says how a reporting word frames its content.
type cueClass uint8

const (
	// cueSpeech is a verb of saying or writing: "said", "told", "wrote".
	cueSpeech cueClass = iota + 1
	// cueTell takes a listener before its content: "told reporters that".
	cueTell
	// cueBelief is a verb of thinking or showing, a cue only when a
	// clause follows it: "believes that", "thinks it is".
	cueBelief
)

// cueInfo describes one inflected cue word.
type cueInfo struct {
	class cueClass
	// participle marks -ing forms ("adding", "saying") whose subject is
	// usually the subject of the main clause.
	participle bool
	// core marks the hand-written reporting verbs of cueVerbs, read
	// before the learned cues so that "Like others defending the laws,
	// Schuette said …" is Schuette's report.
	core bool
}

// verb lists a lemma with its third-person, past and -ing forms (the past
// participle is the past unless given after a slash).
type verb struct {
	forms string // "say says said saying"
	class cueClass
}

// cueVerbs are the reporting verbs, written as their four forms. The list
// was drawn up from the cue words of the PolNeAR train split.
var cueVerbs = []verb{
	{"say says said saying", cueSpeech},
	{"tell tells told telling", cueTell},
	{"add adds added adding", cueSpeech},
	{"note notes noted noting", cueSpeech},
	{"warn warns warned warning", cueTell},
	{"claim claims claimed claiming", cueSpeech},
	{"state states stated stating", cueSpeech},
	{"argue argues argued arguing", cueSpeech},
	{"insist insists insisted insisting", cueSpeech},
	{"announce announces announced announcing", cueSpeech},
	{"confirm confirms confirmed confirming", cueSpeech},
	{"deny denies denied denying", cueSpeech},
	{"explain explains explained explaining", cueSpeech},
	{"write writes wrote writing written", cueSpeech},
	{"ask asks asked asking", cueTell},
	{"report reports reported reporting", cueSpeech},
	{"tweet tweets tweeted tweeting", cueSpeech},
	{"declare declares declared declaring", cueSpeech},
	{"acknowledge acknowledges acknowledged acknowledging", cueSpeech},
	{"admit admits admitted admitting", cueSpeech},
	{"recall recalls recalled recalling", cueSpeech},
	{"respond responds responded responding", cueSpeech},
	{"reply replies replied replying", cueSpeech},
	{"conclude concludes concluded concluding", cueSpeech},
	{"contend contends contended contending", cueSpeech},
	{"emphasize emphasizes emphasized emphasizing", cueSpeech},
	{"emphasise emphasises emphasised emphasising", cueSpeech},
	{"stress stresses stressed stressing", cueSpeech},
	{"predict predicts predicted predicting", cueSpeech},
	{"promise promises promised promising", cueSpeech},
	{"vow vows vowed vowing", cueSpeech},
	{"pledge pledges pledged pledging", cueSpeech},
	{"assert asserts asserted asserting", cueSpeech},
	{"maintain maintains maintained maintaining", cueSpeech},
	{"observe observes observed observing", cueSpeech},
	{"remark remarks remarked remarking", cueSpeech},
	{"comment comments commented commenting", cueSpeech},
	{"concede concedes conceded conceding", cueSpeech},
	{"complain complains complained complaining", cueSpeech},
	{"boast boasts boasted boasting", cueSpeech},
	{"testify testifies testified testifying", cueSpeech},
	{"allege alleges alleged alleging", cueSpeech},
	{"reveal reveals revealed revealing", cueSpeech},
	{"disclose discloses disclosed disclosing", cueSpeech},
	{"caution cautions cautioned cautioning", cueSpeech},
	{"estimate estimates estimated estimating", cueSpeech},
	{"agree agrees agreed agreeing", cueSpeech},
	{"suggest suggests suggested suggesting", cueSpeech},
	{"advise advises advised advising", cueTell},
	{"assure assures assured assuring", cueTell},
	{"remind reminds reminded reminding", cueTell},
	{"inform informs informed informing", cueTell},
	{"continue continues continued continuing", cueSpeech},
	{"counter counters countered countering", cueSpeech},
	{"retort retorts retorted retorting", cueSpeech},
	{"quip quips quipped quipping", cueSpeech},
	{"joke jokes joked joking", cueSpeech},
	{"lament laments lamented lamenting", cueSpeech},
	{"acknowledge acknowledges acknowledged acknowledging", cueSpeech},
	{"announce announces announced announcing", cueSpeech},
	{"speculate speculates speculated speculating", cueSpeech},
	{"charge charges charged charging", cueSpeech},
	{"proclaim proclaims proclaimed proclaiming", cueSpeech},
	{"indicate indicates indicated indicating", cueSpeech},
	{"signal signals signaled signaling", cueSpeech},
	{"mention mentions mentioned mentioning", cueSpeech},
	{"demand demands demanded demanding", cueSpeech},
	{"believe believes believed believing", cueBelief},
	{"think thinks thought thinking", cueBelief},
	{"feel feels felt feeling", cueBelief},
	{"hope hopes hoped hoping", cueBelief},
	{"fear fears feared fearing", cueBelief},
	{"expect expects expected expecting", cueBelief},
	{"know knows knew knowing known", cueBelief},
	{"show shows showed showing shown", cueBelief},
	{"find finds found finding", cueBelief},
	{"worry worries worried worrying", cueBelief},
	{"acknowledge acknowledges acknowledged acknowledging", cueSpeech},
	{"understand understands understood understanding", cueBelief},
	{"recognize recognizes recognized recognizing", cueBelief},
	{"realize realizes realized realizing", cueBelief},
	{"doubt doubts doubted doubting", cueBelief},
	{"guess guesses guessed guessing", cueBelief},
	{"imply implies implied implying", cueBelief},
}

// cueTable is the cue statistics of the PolNeAR train split (see
// LearnCues), written by `go run ./cmd/train quotes`.
//
//go:embed cues.tsv
var cueTable []byte

// Thresholds that turn the cue table into cue words and cue phrases: a
// word form is a cue when at least minCueShare of its occurrences
// outside quotations are (part of) a gold cue, and at least minCueHits
// are; a phrase joins a cue when at least minPhraseShare of its
// occurrences are a whole gold cue.
//
// A hand-written reporting verb form ("comments", "continue", "tweet")
// that gold cues hold in fewer than minCoreShare of at least minCoreSeen
// occurrences is left to the fallback pass, whose model reads its
// context, rather than read as a cue wherever it stands.
const (
	minCoreShare   = 0.3
	minCoreSeen    = 20
	minCueShare    = 0.55
	minCueHits     = 5
	minPhraseShare = 0.5
	minPhraseHits  = 5
)

// lexicon holds the read-only tables the rules consult. It is built once
// by newLexicon and never changed afterwards.
type lexicon struct {
	cues           map[string]cueInfo
	stop           map[string]bool // words that cannot sit inside a speaker phrase
	det            map[string]bool // words that open a noun phrase
	subjPron       map[string]bool
	cueLeft        map[string]bool // auxiliaries and adverbs that join the cue
	abbrev         map[string]bool // words that keep a following period
	titles         map[string]bool // honorifics and titles left out of canonical names
	orgWords       map[string]bool // words that make a name an organisation
	roleNouns      map[string]bool // heads of role phrases: official, spokesman
	temporal       map[string]bool // words that may sit between a cue and its content
	weekdays       map[string]bool
	npPrep         map[string]bool // prepositions inside a speaker phrase: "a fellow with X"
	sentAdv        map[string]bool // sentence adverbs between a subject and its cue: "however"
	clauseCut      map[string]bool // words after a comma that end a reported clause: ", but …"
	pollNouns      map[string]bool // sources that "in" introduces: "in a CNN poll"
	standing       map[string]bool // words of a poll finding: "lead", "ahead"
	saidVerb       map[string]bool // verbs of saying whose subject may look like a cue: "the report said"
	notLabel       map[string]bool // words before a colon that do not name a speaker
	sourceJoin     map[string]bool // function words inside a long trailing source
	lyAdj          map[string]bool // adjectives and nouns in -ly, not adverbs: "early results", "rally"
	clauseJoin     map[string]bool // conjunctions that join a second report: "but he said"
	participlePrep map[string]bool // prepositions before a participle cue: "by saying"
	beFinite       map[string]bool // finite forms of "be"
	beForm         map[string]bool // all forms of "be"
	quant          map[string]bool // words of quantity: "half", "many", "three"
	hedge          map[string]bool // words that hedge a quantity: "about", "only"
	studyNouns     map[string]bool // sources that "by" may extend: "a study by"
	expectation    map[string]bool // passives read as sourceless reports: "is expected to"
	raising        map[string]bool // verbs read as sourceless reports: "X seems to …"
	callFor        map[string]bool // forms of "call" that cue with "for" or "on"
	naming         map[string]bool // verbs that name an object with a quotation: "called it “a disgrace”"
	finite         map[string]bool // finite verbs, which end a speaker phrase: "The senator took (aim)"
	// phrases maps each word of a learned cue phrase to the phrases
	// that hold it, as word lists.
	phrases map[string][][]string
	// share is, for the words the fallback pass reads, the share of
	// their train occurrences that a gold cue holds.
	share map[string]float64
	// keep is the fallback pass's model.
	keep keepModel
	// fallback joins share and cues for the words the fallback pass
	// reads, so that it looks a word up once.
	fallback map[string]fallbackWord
}

// fallbackWord is what the lexicon says of a word the fallback pass
// reads: its share (when inShare) and its cue reading (when inCues).
type fallbackWord struct {
	share           float64
	info            cueInfo
	inShare, inCues bool
}

func words(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var lex = newLexicon()

func newLexicon() *lexicon {
	l := &lexicon{cues: make(map[string]cueInfo)}
	for _, v := range cueVerbs {
		for _, f := range strings.Fields(v.forms) {
			l.cues[f] = cueInfo{class: v.class, participle: strings.HasSuffix(f, "ing"), core: v.class != cueBelief}
		}
	}
	l.stop = words(`and or but nor if that which who whom whose when where while because as since
although though so than then there here is are was were be been being am has have had do does did
will would can could should may might must shall not no never to in on at by for from with about
into onto after before over under between through during without against among per via upon
also however meanwhile yet still just even only later earlier previously already again too
it its this these those what how why whether said says say told tells added adds noted wrote
asked according also once if up down out off than like unlike`)
	l.det = words(`the a an this that these those some many most several both all each every
one two three four five six seven eight nine ten another other his her their its our my your
no any few`)
	l.subjPron = words(`he she they we i it you who`)
	l.cueLeft = words(`has have had also will would could later then previously repeatedly has
again once often never not earlier recently always quite still even just really already actually
is are was were been be did does do now first can may might should must soon long twice finally since only`)
	l.abbrev = words(`mr mrs ms dr prof gen lt col sgt capt cmdr adm sen rep gov pres st jr sr
rev gen mt ft no vs dept corp inc ltd co jan feb mar apr aug sept sep oct nov dec u.s u.k u.n d.c`)
	l.titles = words(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. senator rep rep. representative
gov gov. governor president vice former secretary minister prime gen gen. general lt lt. col col.
ambassador chairman chairwoman chair spokesman spokeswoman spokesperson director leader
mayor judge justice sir lord professor comrade premier chancellor king queen
deputy chief candidate nominee adviser advisor attorney speaker commander`)
	l.orgWords = words(`house department ministry agency news times post party committee office
council government administration reuters kcna press association bureau service commission
campaign university institute center centre foundation group company corp inc network bank
court congress senate assembly pentagon kremlin nations union journal magazine tribune herald
cnn bbc fox nbc abc cbs msnbc politico poll survey report study organization organisation`)
	l.roleNouns = words(`official officials spokesman spokeswoman spokesperson aide aides adviser
advisor advisers advisors source sources diplomat diplomats analyst analysts expert experts
minister president senator lawmaker lawmakers leader leaders officer spokespeople representative
ambassador secretary envoy negotiator negotiators observer observers critic critics candidate
professor researcher researchers economist economists strategist strategists governor mayor
congressman congresswoman director chairman person people resident residents voter voters
supporter supporters member members worker workers staff staffer staffers democrat democrats
republican republicans`)
	l.temporal = words(`on monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight last week month year earlier later this morning afternoon evening night in an a the
interview statement statements briefing press conference call speech rally email e-mail letter
post posted tweet message note told at during after before recently again also publicly privately
separately friday's hearing event with to of local time via his her their its own website
radio television tv show program appearance news written remarks comments`)
	l.npPrep = words(`of at for from with`)
	l.saidVerb = words(`said says say told tells wrote writes added adds noted notes stated states`)
	l.standing = words(`lead leads led leading ahead behind trail trails trailed trailing percent points tied`)
	l.pollNouns = words(`poll polls survey surveys polling`)
	l.clauseCut = words(`but while though compared`)
	l.sentAdv = words(`however meanwhile though too instead nonetheless nevertheless therefore further`)
	l.notLabel = words(`update updated updates note editor's editor’s correction clarification
watch read related video photos photo here here's here’s breaking exclusive live key source sources
transcript q a question answer latest why what how who when where first second third step
contributing revealed wow look bombshell boom busted remember plus`)
	l.sourceJoin = words(`of at for from with by in on to through and during since about among over
the a an this these those some many most several both all each every one two three four five six
seven eight nine ten another other his her their its our no any few`)
	l.lyAdj = words(`early family weekly daily monthly quarterly yearly elderly friendly
unfriendly likely unlikely nightly costly lonely lovely ugly holy silly deadly orderly
scholarly timely rally ally assembly supply reply july italy anomaly monopoly`)
	l.clauseJoin = words(`and but though although while whereas yet`)
	l.participlePrep = words(`by after before from for while when in`)
	l.beFinite = words(`is are was were`)
	l.beForm = words(`is are was were be been being am`)
	l.quant = words(`one two three four five six seven eight nine ten dozen dozens half third quarter
majority many most some all both few several none hundreds thousands millions another`)
	l.hedge = words(`only about nearly almost roughly just over under approximately some`)
	l.studyNouns = words(`study studies analysis report research survey review examination investigation audit`)
	l.expectation = words(`expected`)
	l.raising = words(`seem seems seemed appear appears appeared`)
	l.callFor = words(`call calls called calling`)
	l.naming = words(`call calls called calling label labels labeled labelled labeling dub dubs dubbed
brand brands branded term terms termed deem deems deemed`)
	l.weekdays = words(`monday tuesday wednesday thursday friday saturday sunday`)
	rows, err := parseCueTable(cueTable)
	if err != nil {
		panic(err) // the embedded table is written by cmd/train and tested
	}
	l.learn(rows)
	// "X seems to …" is read by its own rule, whatever the table says.
	for w := range l.raising {
		if _, ok := l.cues[w]; !ok {
			l.cues[w] = cueInfo{class: cueSpeech}
		}
	}
	verbs, err := parseVerbs(verbTable)
	if err != nil {
		panic(err) // the embedded table is written by cmd/train and tested
	}
	l.finite = make(map[string]bool, len(verbs))
	for _, w := range verbs {
		if !l.stop[w] && !l.det[w] && !l.subjPron[w] {
			l.finite[w] = true
		}
	}
	if l.keep, err = parseKeep(keepTable); err != nil {
		panic(err) // the embedded model is written by cmd/train and tested
	}
	// Nouns and adjectives that share a form with a cue verb read badly
	// as cues: "a report", "the state", "comments".
	for _, w := range []string{"state", "states", "report", "reports", "comment", "comments", "remarks",
		"estimate", "estimates", "promise", "promises", "continue", "counter", "signal", "signals",
		"charge", "charges", "warning", "finding", "findings", "feeling", "thinking", "writing", "hoping",
		"expecting", "maintaining", "demands", "fears", "doubts", "worries", "promising", "understanding",
		"recall", "stress", "states", "known", "shown", "written", "demand", "fear", "doubt", "hope",
		"pledge", "vow", "guess", "joke", "jokes", "reply", "tweet", "tweets", "claims", "claim", "quip"} {
		if c, ok := l.cues[w]; ok {
			c.class = cueBelief
			c.core = false // read after the verbs of saying
			l.cues[w] = c
		}
	}
	l.fallback = make(map[string]fallbackWord, len(l.share)+len(l.cues))
	for w, sh := range l.share {
		l.fallback[w] = fallbackWord{share: sh, inShare: true}
	}
	for w, c := range l.cues {
		fw := l.fallback[w]
		fw.info, fw.inCues = c, true
		l.fallback[w] = fw
	}
	return l
}

// cue reports whether the lower-case word w is a cue word.
func (l *lexicon) cue(w string) (cueInfo, bool) {
	c, ok := l.cues[w]
	return c, ok
}

// learn adds the cue words and phrases of the learned cue table that
// pass the thresholds, and records the share of the words the fallback
// pass reads. Function words and adverbs in -ly are not cue words of the
// rules: cueSpan reads them around a cue word.
func (l *lexicon) learn(rows []cueRow) {
	l.phrases = make(map[string][][]string)
	l.share = make(map[string]float64)
	for _, r := range rows {
		share := float64(r.k) / float64(max(r.n, 1))
		switch r.kind {
		case rowWord:
			if share >= minCandShare && r.k >= minCandHits && !l.stop[r.w] && !l.det[r.w] && !l.subjPron[r.w] && isLetters(r.w) {
				l.share[r.w] = share
			}
			if c, ok := l.cues[r.w]; ok && c.core && share < minCoreShare && r.n >= minCoreSeen {
				delete(l.cues, r.w) // a reporting verb annotators seldom mark: the fallback pass decides
				continue
			}
			if share < minCueShare || r.k < minCueHits || l.stop[r.w] || l.det[r.w] || l.subjPron[r.w] ||
				strings.HasSuffix(r.w, "ly") || !isLetters(r.w) {
				continue
			}
			if _, ok := l.cues[r.w]; !ok {
				l.cues[r.w] = cueInfo{class: cueSpeech, participle: strings.HasSuffix(r.w, "ing")}
			}
		case rowPhrase:
			if share < minPhraseShare || r.k < minPhraseHits {
				continue
			}
			ws := strings.Fields(r.w)
			if slices.ContainsFunc(ws, func(w string) bool { return l.weekdays[w] }) {
				continue // annotators split about evenly on "said Friday"
			}
			for _, w := range ws {
				l.phrases[w] = append(l.phrases[w], ws)
			}
		}
	}
}

// isLetters reports whether w is made of letters, apostrophes and
// hyphens only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return w != ""
}

// speechActs are verbs of a speech act that the rules do not read as
// cues of their own but that report what someone said ("threatened to
// respond with …", "urged Beijing to …").
var speechActs = words(`threaten threatens threatened threatening urge urges urged urging
accuse accuses accused accusing criticize criticizes criticized criticizing criticise
criticises criticised criticising condemn condemns condemned condemning`)

// SpeechCue reports whether a cue reports speech or writing: it holds a
// verb of saying, telling or another speech act ("said", "told
// reporters", "warned", "threatened"), or is "according to". A cue of
// belief, showing or doing ("believes", "considers", "adopted") does
// not: the content it frames is no one's words.
func SpeechCue(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		w = strings.Trim(w, ".,;:!?\"“”'’")
		if speechWords[w] || w == "according" {
			return true
		}
	}
	return false
}

// speechWords are the forms of the reporting verbs of cueVerbs that are
// not of belief, and the speechActs; read-only.
var speechWords = func() map[string]bool {
	m := maps.Clone(speechActs)
	for _, v := range cueVerbs {
		if v.class != cueBelief {
			for _, f := range strings.Fields(v.forms) {
				m[f] = true
			}
		}
	}
	return m
}()

// Clausal reports whether the content of an indirect report reads as a
// clause, something said, rather than a noun phrase, something announced
// or discussed: "that the talks would resume", "to respond with force",
// "he would resolve any conflict", "these individuals helped finance …"
// are clauses; "sanctions against North Korea" and "the reality of its
// nuclear arsenal" are not. Without a parser it looks for what a clause
// has: an opening complementizer or "to", or, among its first eight words,
// an auxiliary or modal verb or a past-tense form after the first word
// (a verb further on belongs to a relative clause inside a noun phrase).
func Clausal(content string) bool {
	ws := strings.FieldsFunc(strings.ToLower(content), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	if len(ws) == 0 {
		return false
	}
	ws = ws[:min(len(ws), 8)]
	if clauseOpeners[ws[0]] {
		return true
	}
	for i, w := range ws {
		if finiteWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || i > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// clauseOpeners open a reported clause; finiteWords are auxiliaries,
// modals and copulas, each the finite verb of a clause; both read-only.
var (
	clauseOpeners = words(`that to whether if how why what when where who which`)
	finiteWords   = words(`is are was were am be been will would shall should can could may might must has have had do does did`)
)
