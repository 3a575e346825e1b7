package story

import (
	"strings"

	"github.com/storyline/storyline/internal/lang"
)

// stopText lists words that say nothing about which event an article
// reports: function words of the languages news comes in (beyond the
// commonest ones lang knows) and the furniture of news prose ("said",
// "reported", weekdays). Online IDF learns the same in time; the list
// helps while the stream is young.
const stopText = `
a about above after again against all also although am among an and another any are around as at away back be became
because been before being below between both but by can could did do does doing done down during each either even ever
every few first for from further get gets got had has have having he her here hers herself him himself his how however i
if in into is it its itself just last later least less like made make many may me might more most much must my new next
no nor not now of off on once one only or other our ours out over own per same says said she should since so some still
such than that the their theirs them themselves then there these they this those though through to too two under until
up upon us very was we were what when where whether which while who whom whose why will with within without would yet
you your yours year years week weeks day days time times told tell according report reported reports reporting news
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow mr mrs ms dr three four five six
people including include includes say saying want wants going go went come came take took see seen know known well way
part since early late near far long high low big small good bad best great many much often ago around among amid via
advertisement share shares click read photo image video getty images reuters ap afp copyright rights reserved
der die das und den dem des ein eine einer eines einem im ist sind war waren wird werden wurde wurden nicht auch mit
von zu zum zur auf aus bei nach vor über unter für gegen ohne um am an als wie so noch nur schon sich sie er es wir ihr
dass daß oder aber wenn weil doch mehr sehr hat haben hatte hatten kann können soll sollen jahr jahre tag tage sagte
le la les un une des du de et en est sont été être a ont avait au aux ce cet cette ces qui que quoi dont où pour par
sur dans avec sans sous entre contre vers chez plus moins très aussi mais ou donc car ne pas il elle ils elles on nous
vous leur leurs son sa ses se lui y an ans jour jours selon a-t-il dit déjà après avant
el la los las un una unos unas del de y en es son fue fueron ser está están ha han había que qué quien para por con
sin sobre entre contra hacia desde hasta como más menos muy también pero o no ni se lo le les su sus al este esta estos
estas ese esa eso año años día días según dijo ya tras ante cuando donde porque
il lo la i gli le un uno una dei degli delle del della dello di da in con su per tra fra e ed è sono era erano stato
stata essere ha hanno aveva che chi cui non più meno molto anche ma o se si ci ne al allo alla ai agli alle nel nello
nella nei negli nelle sul sulla sui anno anni giorno giorni secondo dopo prima come quando dove perché questo questa
o os as um uma uns umas do da dos das de e em no na nos nas é são foi foram ser está estão que para por com sem sobre
entre como mais menos muito também mas ou não se lhe seu sua seus suas ao aos pelo pela pelos pelas ano anos dia dias
и в во не на я что он она оно они с со как а то все это по к но из у за от же для о об мы вы ты бы был была были быть
его ее её их там тут году года лет так уже или ни при до после также который которая которые
`

// stopSet is built once from stopText; it is read-only.
var stopSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopText) {
		m[foldWord(w)] = true
	}
	return m
}()

// isStop reports a folded word that carries no topic.
func isStop(w string) bool { return stopSet[w] || lang.IsStopword(w) }
