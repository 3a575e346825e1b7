package textscrape

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Widgets of a news site that no single word marks: the notes and calls
// a page prints around a reader forum, a social channel or an app, a
// form to report an error, the stamp and author of a live-blog entry, and
// the meta line of a teaser. Each expression is matched against the
// lower-cased line (see cookieRe), and only on short lines.

// maxWidget is the weight, in words, of the longest widget line.
const maxWidget = 30

// widgetRe matches the widget lines in lower case:
//
//   - a call to the rules of a forum: "Want to discuss? Please read our
//     Commenting Policy first.", "Bitte beachten Sie unsere Netiquette.";
//   - a forum's count: "Forum: 5 Postings", "Kommentare: 12";
//   - the disclaimer of a forum: "Die Kommentare im Forum geben nicht
//     notwendigerweise die Meinung der Redaktion wieder.", "Comments do
//     not reflect the views of the editors.";
//   - a call to a social channel or a search engine: "Tagesblatt ist auch
//     auf WhatsApp", "Síguenos en Telegram", "Add Daily Example as a
//     Preferred Source on Google to see more of our stories";
//   - a call to an app: "Mehr Lesekomfort mit der Tagesblatt App!",
//     "Download our app";
//   - a form to report an error: "Fehler auf example.de entdeckt?", "Spotted
//     an error?", "Vous avez repéré une erreur ?";
//   - a call to write in with an address: "Get in touch at
//     news@example.com", "Wir freuen uns über eine Mail an
//     fehler@example.de!";
//   - a meta line that ends in a count of views: "April 10, 2023 Jane
//     Doe 142 Views";
//   - the intro of a live blog: "Follow along with the latest updates
//     below.";
//   - a press council's notice: "Vi arbeider etter Vær
//     Varsom-plakatens regler for god presseskikk.";
//   - the key to report a typo, in any language: "Iezīmējiet tekstu un
//     spiediet Ctrl+Enter, …", "Выделите текст и нажмите Ctrl+Enter";
//   - the placeholder of an embed from another site, with its skip
//     link: "Následuje obsah vložený z jiného webu. Zde jej můžete
//     přeskočit.", "Empfohlener externer Inhalt", "External content".
var widgetRe = regexp.MustCompile(`^(?:want to (?:discuss|comment)\?|(?:please )?(?:read|see|review|follow) (?:our|the) (?:commenting|comment|community|discussion) (?:policy|guidelines|rules))|\b(?:beachten|lesen) sie (?:bitte )?(?:unsere|die) (?:netiquette|forenregeln|diskussionsregeln|kommentarregeln|community-richtlinien)|^(?:lisez|consultez) (?:notre|la) charte|^(?:consulta|lee|lea) (?:nuestras|las) normas de (?:participación|comentarios)` +
	`|^(?:forum|postings?|kommentare|comments?|reacties|commentaires|comentarios|commenti)\s*:?\s*\d+\s*(?:postings?|kommentare|comments?|beiträge|reacties|commentaires|comentarios|commenti)?$` +
	`|\b(?:kommentare|postings|leserkommentare|comments|commentaires|comentarios)\b[^.]{0,80}\b(?:nicht|not|pas|no)\b[^.]{0,80}\b(?:meinung|views?|opinions?|l'avis|opinión)\b[^.]{0,30}\b(?:redaktion|editors?|editorial|publication|newsroom|rédaction|redacción)` +
	`|(?:^|[^\pL\pN_])(?:auch|also|now|jetzt|ahora|também|aussi|anche|também|ook|også|follow|folgen|folge|folgt|síguenos|suivez|seguici|siga|join)(?:[^\pL\pN_]|$).{0,40}\b(?:auf|on|en|sur|su|no|na|op|via|bei|in)\s+(?:whatsapp|telegram|instagram|tiktok|youtube|facebook|threads|bluesky|mastodon|google news|linkedin|snapchat)\s*[!.]?$|preferred source on google|bevorzugte quelle (?:bei|in|auf) google` +
	`|^mehr lesekomfort\b|\b(?:mit der|in der|in our|in unserer|with the|with our|download (?:the|our)|get (?:the|our)|laden sie (?:die|unsere)|hol dir die|holen sie sich die|téléchargez (?:notre|l')|descarga (?:nuestra|la))\s(?:[\pL\d-]+\s){0,3}app\s*[!.]?$` +
	`|^(?:einen |tipp)?fehler (?:auf|in|im) \S+(?:\s\S+){0,3} (?:entdeckt|gefunden)\s*\?|^(?:einen |tipp)?fehler (?:entdeckt|gefunden)\s*\?|^(?:spotted|found|see|notice) an? (?:error|mistake|typo)\b|^(?:vous avez )?(?:repéré|trouvé|signalez) une (?:erreur|faute)|^¿?(?:has visto|encontraste|viste|has encontrado) (?:un|algún) error` +
	`|(?:^|[^\pL\pN_])(?:get in touch|email us|e-mail us|write to us|contact us|send us|tell us|schreiben sie uns|eine mail an|eine e-mail an|kontaktieren sie uns|écrivez-nous|escríbenos|contáctanos)\b[^@]{0,40}\s\S+@\S+\.\pL{2,}` +
	`|^(?:\S+\s){0,8}\d[\d,.]*\s?(?:views|aufrufe|visualizaciones|vues|visualizzazioni|visualizações|wyświetleń|просмотров)$` +
	`|^(?:follow|keep up with|stay up to date with)\b[^.]{0,40}\b(?:live|latest|updates|coverage|blog)\b[^.]{0,30}\bbelow\b|vær varsom-plakat|pressens faglige utvalg|\bctrl\s?\+\s?enter\b` +
	// An embed's placeholder opens with what it holds, after at most a
	// word or two ("Následuje", "Přejít před", "Skip past"); a sentence
	// that mentions external content says it further on.
	`|^(?:\S+\s){0,2}(?:obsah vložený z jiného webu|obsah z jiného webu|externer inhalt|externe inhalte|eingebettete[nr]? inhalte?|empfohlene[nr]? (?:redaktioneller |externer )?inhalt|embedded content|external content|contenu externe|contenu intégré|contenido externo|contenido incrustado|conteúdo externo|contenuto esterno|treści zewnętrzne|zewnętrzne treści)\b`)

// widgetKeys gate widgetRe: a line it matches holds one of them.
var widgetKeys = []string{"discuss", "comment", "polic", "guideline", "netiquette", "regeln", "charte", "normas",
	"forum", "posting", "kommentar", "reacties", "commentaire", "comentario", "commenti",
	"whatsapp", "telegram", "instagram", "tiktok", "youtube", "facebook", "threads", "bluesky", "mastodon", "google", "linkedin", "snapchat",
	"app", "views", "aufrufe", "visualiza", "vues", "wyświetleń", "просмотров", "fehler", "error", "mistake", "typo", "erreur", "faute", "@", "below", "vær varsom", "faglige", "ctrl",
	"vložený", "jiného webu", "extern", "eingebettet", "empfohlen", "embedded", "external", "intégré", "incrustado", "esterno", "zewnętrzn"}

// widgetLine reports a widget line (see widgetRe).
func widgetLine(l *line) bool {
	if l.weight > maxWidget {
		return false
	}
	for _, k := range widgetKeys {
		if strings.Contains(l.lower, k) {
			return widgetRe.MatchString(l.lower)
		}
	}
	return false
}

// liveStampRe matches the head of a live-blog entry as a page prints it
// without a space: the time glued to the author's name or to a flag
// ("21:00Jane Doe-Smith", "19:11KEY EVENT"). The entry's text
// is on the lines below it.
var liveStampRe = regexp.MustCompile(`^\d{1,2}[:.]\d\d(?:\p{Lu}[\pL'’.-]+(?:\s\p{Lu}[\pL'’.-]+){0,3}|KEY EVENT|BREAKING|PINNED(?: POST)?|UPDATE)$`)

// liveStamp reports the head of a live-blog entry (see liveStampRe).
func liveStamp(l *line) bool {
	return l.weight <= 5 && liveStampRe.MatchString(l.text)
}

// minDoubledTail is the length in bytes of the shortest part that
// doubledTail takes.
const minDoubledTail = 8

// maxDoubledLine is the length in bytes of the longest line that
// doubledTail tries: its test costs the square of the length.
const maxDoubledLine = 240

// doubledTail reports a short line that ends by printing its last part
// twice with nothing between: a widget that holds a text for the screen
// and the same text for a screen reader ("vor 3 Stundenvor 3 Stunden",
// "Donnerstag, 4. November 2021Donnerstag, 4. November 2021"). Prose
// does not glue eight characters or more to a copy of themselves.
func doubledTail(l *line) bool {
	if l.weight > 12 || len(l.text) > maxDoubledLine || l.sentence || strings.Contains(l.text, "|") {
		return false
	}
	s := l.text
	for k := minDoubledTail; 2*k <= len(s); k++ {
		tail := s[len(s)-k:]
		r, _ := utf8.DecodeRuneInString(tail)
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && strings.HasSuffix(s[:len(s)-k], tail) {
			return true
		}
	}
	return false
}

// stampsOut drops the kept lines that are the head of a live-blog entry
// (see liveStamp), a doubled widget (see doubledTail) or a byline split
// over two lines ("Von" over "Jane Doe"). It runs last, so that the
// lines still part the text as they did while it was labelled.
func (c *classifier) stampsOut() {
	for i, l := range c.lines {
		if kept(l.label) && (liveStamp(l) || doubledTail(l)) {
			l.label = LabelFurniture
		}
		if i+1 < len(c.lines) && bylineWords[l.norm] && kept(l.label) && kept(c.lines[i+1].label) && nameRe.MatchString(c.lines[i+1].text) {
			// A byline split over two lines: "Von" over "Jane Doe".
			l.label = LabelFurniture
			c.lines[i+1].label = LabelFurniture
		}
	}
}

// bylineWords are the words that open a byline, standing alone on a line
// above the author's name.
var bylineWords = wordSet(`by|von|por|par|di|door|av|af|przez|автор`)

// nameRe matches a person's name, or a few of them: "Jane Doe", "Jan
// van der Berg", "Ana Lima | Tom Kurz", "Anna Weber und Tom Kurz", "Jane
// Doe, John Roe".
var nameRe = regexp.MustCompile(`^\p{Lu}[\pL'’.-]+,?(?:\s(?:\p{Lu}[\pL'’.-]+,?|van|von|der|de|da|del|di|du|la|le|y|e|and|und|et|\||,|&)){1,6}$`)
