package quote

import "strings"

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

// learnedCues are further cue words read off the PolNeAR train split:
// every word form marked as (part of) a cue in at least 35% of its
// occurrences and at least 5 times, less adverbs and nouns.
const learnedCues = `decried slams remarked lamented referenced assailed bemoaned speculated rebuked lashed
distanced announces noted blasted vowed noting reiterated said defended stating condemned
asserted recalled joked conceded argues citing touted railed vows wrote urged argued
describing touting praises insisting warned insists dismissing cites cautioned tweeted
praised suggested says questioned insisted ordered wondered warn pledging mentioning
blasts blasting admits claimed denounced stressed explained cited told acknowledged
replied arguing added rejected describes thanking lambasted interjected indicates derided
concludes blaming balked described blamed announced expressed emphasized recalling stated
complained criticized indicated signaled promised pointed dismissed reminded writes vowing
retweeted refuses portray chanted declined insist boasted acknowledging echoed predicted
asked thanked pleaded accuses sided remarking tells reported accused argue explaining
voiced sounded declared concluded suggesting shouted praising hints explains adding
slammed accusing recounted commented asserting assured endorsed notes denouncing refused
mocked endorses expected referring portrayed hoping revealed tweeting saying calling
responded suggests declaring announcing asks repeating remembered predicting indicate
slamming reveals restricting likened invoked criticizing suggest seemed finds forecast
denied agreed highlighted expecting yelled regarded mentions labeled implying emphasize
considers promising mentioned admitted confirmed showed referred pointing called discussed
seeks listed deemed refusing emailed implied mention continued questioning reminding
quoted declare asking talked projected announce adds offered acknowledge attacked appears
encouraged unveiled realized pledges emphasizing detailing hopes urging shows reveal
claiming express discuss posted warning hoped sought telling named nominated challenged
discussing ruled proposing disclosed recommended applauded alleging mocking championed
responds referencing persuaded focuses issued seems say calls opposed requested proposed
presented highlighting doubts criticize appeared supported praise believing charged
pressed weighed testified knocked informed echoing avoided pushed worried defending
identified rattled sees threatened promote preferred convince approved answered prefer
pressing oppose explain found promises estimates repeated learned threatening predict
attributed apologized thinks delivering worry laid demanding cheer considered endorsing
embraced pushing doubt describe welcomed backed seeking talking writing estimated naming
impressed refuse claim respond worries wonder`

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
	notLabel       map[string]bool // words before a colon that do not name a speaker
	sourceJoin     map[string]bool // function words inside a long trailing source
	lyAdj          map[string]bool // adjectives in -ly, not adverbs: "early results"
	clauseJoin     map[string]bool // conjunctions that join a second report: "but he said"
	participlePrep map[string]bool // prepositions before a participle cue: "by saying"
	beFinite       map[string]bool // finite forms of "be"
	expectation    map[string]bool // passives read as sourceless reports: "is expected to"
	callFor        map[string]bool // forms of "call" that cue with "for" or "on"
	naming         map[string]bool // verbs that name an object with a quotation: "called it “a disgrace”"
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
	for _, f := range strings.Fields(learnedCues) {
		if _, ok := l.cues[f]; !ok {
			l.cues[f] = cueInfo{class: cueSpeech, participle: strings.HasSuffix(f, "ing")}
		}
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
			l.cues[w] = c
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
again once often never not earlier recently`)
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
	l.notLabel = words(`update updated updates note editor's editor’s correction clarification
watch read related video photos photo here here's here’s breaking exclusive live key source sources
transcript q a question answer latest why what how who when where first second third step`)
	l.sourceJoin = words(`of at for from with by in on to through and during since about among over
the a an this these those some many most several both all each every one two three four five six
seven eight nine ten another other his her their its our no any few`)
	l.lyAdj = words(`early family weekly daily monthly quarterly yearly elderly friendly
unfriendly likely unlikely nightly costly lonely lovely ugly holy silly deadly orderly
scholarly timely`)
	l.clauseJoin = words(`and but though although while whereas yet`)
	l.participlePrep = words(`by after before from for while when in`)
	l.beFinite = words(`is are was were`)
	l.expectation = words(`expected`)
	l.callFor = words(`call calls called calling`)
	l.naming = words(`call calls called calling label labels labeled labelled labeling dub dubs dubbed
brand brands branded term terms termed deem deems deemed`)
	l.weekdays = words(`monday tuesday wednesday thursday friday saturday sunday`)
	return l
}

// cue reports whether the lower-case word w is a cue word.
func (l *lexicon) cue(w string) (cueInfo, bool) {
	c, ok := l.cues[w]
	return c, ok
}
