package textscrape

import (
	"regexp"
	"strings"
)

// Late passes over the labelled lines for furniture that sits inside or
// right beside the body run and reads like a heading or a short
// paragraph, so that the earlier passes keep it: photo captions and
// credits (a caption whose bracketed credit the scrape has put on lines
// of its own, a caption closed by its credit, an agency's credit), the
// author's byline box (a name with a handle, a role or a date; a post's
// meta line), newsletter and sign-up calls and rows of share buttons,
// links to videos and podcasts, the headings of link boxes, and the
// headlines and summaries of other stories. Each pass changes only lines
// labelled body or heading, and only on shapes and words that prose of
// the text does not have.

// maxCreditLines bounds the lines of a bracketed credit cut off from its
// caption: "(" / "Image:" / "Getty Images)".
const maxCreditLines = 3

// openCaption matches a line that ends with an opening bracket left open:
// a caption whose credit in brackets the scrape has put on the next lines
// ("Riot police outside the hotel (", then "Image:" and "Getty Images)").
// Prose does not end on an open bracket.
var openCaption = regexp.MustCompile(`\S\s*\($`)

// creditClose matches the last line of such a credit: a few words that
// close the bracket without opening one ("PA)", "Jo Lee/Birmingham
// Live)", "Polizei / SWNS)").
var creditClose = regexp.MustCompile(`^[^()]{1,60}\)$`)

// splitCredits labels furniture the captions that end on an open bracket
// (see openCaption) when a short line closing the bracket (see
// creditClose) follows within maxCreditLines lines, and the lines of the
// credit in between. A line of prose that breaks before a bracket goes on
// with text after it, not with a credit of a few words.
func (c *classifier) splitCredits() {
	for i, l := range c.lines {
		if !kept(l.label) || l.weight > 60 || !strings.HasSuffix(l.text, "(") || !openCaption.MatchString(l.text) {
			continue
		}
		end := -1
		for j := i + 1; j < len(c.lines) && j <= i+maxCreditLines; j++ {
			m := c.lines[j]
			if m.weight > 6 || strings.ContainsRune(m.text, '(') {
				break
			}
			if creditClose.MatchString(m.text) {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		for k := i; k <= end; k++ {
			c.lines[k].label = LabelFurniture
		}
	}
}

// nameWords matches a person's name of two to four capitalised words.
const nameWords = `\p{Lu}[\pL'’.-]+(?:\s\p{Lu}[\pL'’.-]+){1,3}`

// authorCredit matches a line that names the author or photographer of
// the article and nothing else, in the shapes a byline box prints: a name
// and a social handle ("Jane Doe @janedoe"), a name and a role ("Jo Lee –
// Journalist", "Ana Ruiz, periodista", "Jan Kowalski - dziennikarz"),
// a name and a role in title case ("Amy Gibbons Political
// Correspondent"), names joined by bars ("Jane Doe | John Roe"), a name
// and an outlet in capitals ("JANE DOE, NEWSWIRE"; "LUGANO,
// SWITZERLAND" is a dateline set apart), or a name and a date ("Jo Lee, 26.04.2024 10:00
// Uhr"). A subheading says something about the story; it does not end on
// a handle, a job title or a date, nor is it a pair of names in capitals.
var authorCredit = regexp.MustCompile(`^` + nameWords + `\s+@\w+$` +
	`|^` + nameWords + `\s*[–—,|-]\s*(?i:journalist|reporter|redakteur|korrespondent|correspondent|periodista|redactor|giornalista|dziennikarz|journaliste|jornalista|autor|author|editor|rédact|redattore|staff writer|contributing writer|fotograf|photographer|photographe)` +
	`|^` + nameWords + `(?:\s*\|\s*` + nameWords + `)+$` +
	// A name and a role in title case: "Amy Gibbons Political
	// Correspondent", "Jo Lee Senior Reporter" ("The Foreign
	// Correspondent" is a heading: no name opens with an article).
	`|^(?:[A-SU-Z]|T[^h]|Th[^e]|The\S)[\pL'’.-]*(?:\s\p{Lu}[\pL'’.-]+){1,3}(?:\s\p{Lu}\pL+){0,2}\s(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist|Photographer)$` +
	`|^\p{Lu}[\p{Lu}'’.-]+(?:\s[\p{Lu}'’.-]+){0,2},\s\p{Lu}[\p{Lu}'’.-]+(?:\s[\p{Lu}'’.-]+){0,2}$` +
	// A name and the date of the story: "Jo Lee, 26.04.2024 10:00 Uhr",
	// "Jan Nowak - 6.06.2019 um 16:05", "Jane Doe | March 3, 2024".
	`|^` + nameWords + `\s*[,|–—-]\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.?\s\pL+\s\d{4}|\pL+\.?\s\d{1,2},?\s\d{4})`)

// bareHandle matches a line that is a social handle alone, as an
// embedded post prints its author: "@janedoe".
var bareHandle = regexp.MustCompile(`^@[\w.]{2,30}$`)

// metaField matches, in the lower-cased line, the label of a field of a
// post's meta line: "publicado por:", "posted by:", "categoria:",
// "tags:", "kategorie:", "schlagwörter:".
var metaField = regexp.MustCompile(`(?:publicado por|posted by|published by|veröffentlicht von|publié par|pubblicato da|opublikowano przez|autor|autora|author|auteur|autore|categoria|categoría|category|categories|catégorie|kategorie|kategoria|tags|tagi|schlagwörter|etiquetas|étiquettes|filed under)\s*:`)

// metaLine reports a post's meta line of at most forty words that
// holds two fields or more (see metaField): "05/10/2018 - Publicado por:
// Ana Lima - Categoria: Saúde - Tags: …". A sentence of the text names a
// category once, if at all.
func metaLine(l *line) bool {
	return l.weight <= 40 && strings.Count(l.lower, ":") >= 2 && len(metaField.FindAllStringIndex(l.lower, 2)) >= 2
}

// authorLines labels furniture the kept lines of a few words that credit
// the author or photographer (see authorCredit), a social handle alone
// (see bareHandle) and a post's meta line (see metaLine).
func (c *classifier) authorLines() {
	for _, l := range c.lines {
		if !kept(l.label) {
			continue
		}
		if l.weight <= 12 && !l.sentence && authorCredit.MatchString(l.text) || bareHandle.MatchString(l.text) || metaLine(l) {
			l.label = LabelFurniture
		}
	}
}

// newsletterWord names a newsletter in several languages.
var newsletterWord = regexp.MustCompile(`newsletter|boletín|boletim|lettre d['’]information|biuletyn|nieuwsbrief|notiziario`)

// pitchAddress matches the words with which a newsletter box addresses
// the reader or promises delivery: "you", "Sie", "vous", "te", "usted",
// "ti", "você", "Państwa", and "delivered", "informiert", "recevez" ….
var pitchAddress = regexp.MustCompile(`(?:^|[^\pL\pN_])(?:you|your|sie|ihnen|ihr|dich|dir|vous|votre|tu|te|usted|recibe|recibirás|ti|tuo|ricevi|você|receba|państwa|otrzymasz|delivered|informiert|liefert|erhalten|recevez|inscrivez|suscríbete|iscriviti|zapisz|assine|cadastre|abonnieren|anmelden)(?:[^\pL\pN_]|$)`)

// shareWord matches the verb of a share button in several languages.
var shareWord = regexp.MustCompile(`\b(?:share|teilen|compartir|partager|condividi|udostępnij|compartilhar|delen)\b`)

// socialNets are the names of the social networks and messengers a
// share button names.
var socialNets = []string{"facebook", "whatsapp", "twitter", "x", "linkedin", "pinterest", "reddit", "telegram", "bluesky", "threads", "email", "e-mail", "messenger", "flipboard", "xing"}

// socialNet matches the name of a social network or messenger (see
// socialNets) as a word.
var socialNet = regexp.MustCompile(`\b(?:` + strings.Join(socialNets, "|") + `)\b`)

// pitchLine reports the text of a newsletter box that speaks to the
// reader ("Der Newsletter informiert Sie jeden Abend über …", "Our daily
// newsletter brings you the top stories", "Recibe nuestro boletín …"),
// a short call to act (see callRe), the site's appeal to its reader
// (see appealRe), a promise of mail that names no newsletter (see
// inboxRe), and a row of share buttons run together ("Share this item on
// Facebook Share this item via WhatsApp Share this item on X"): the
// share verb twice and two networks. Prose that mentions a newsletter
// tells of it in the third person; prose that mentions networks does not
// offer to share the page on each.
func pitchLine(l *line) bool {
	if l.weight > 60 {
		return false
	}
	if containsAny(l.lower, pitchKeys) && newsletterWord.MatchString(l.lower) && pitchAddress.MatchString(l.lower) {
		return true
	}
	if l.weight <= maxCall && callRe.MatchString(l.lower) {
		return true
	}
	if l.weight <= maxAppeal && containsAny(l.lower, appealKeys) && appealRe.MatchString(l.lower) {
		return true
	}
	if l.weight <= maxCall && (strings.Contains(l.lower, "inbox") && !l.sentence || strings.Contains(l.lower, "send")) && inboxRe.MatchString(l.lower) {
		return true // "Get daily insight, inspiration and deals in your inbox"
	}
	if l.weight <= maxShareRow && !l.sentence && shareRow(l.lower) {
		return true // "Share on: Facebook Twitter Reddit"
	}
	return containsAny(l.lower, shareKeys) && len(shareWord.FindAllStringIndex(l.lower, 3)) >= 2 && len(socialNet.FindAllStringIndex(l.lower, 3)) >= 2
}

// maxShareRow is the length, in words, of the longest row of share
// buttons that shareRow takes.
const maxShareRow = 20

// shareRow reports, in a lower-cased line, a row of share buttons that
// names the share verb once and three networks ("share on: facebook
// twitter reddit google+"), or whose labels run into one another
// ("share to linkedinlinkedinshare to facebookfacebook…"), where the
// words have no edges and are counted as substrings.
func shareRow(lower string) bool {
	if !containsAny(lower, shareKeys) {
		return false
	}
	if len(socialNet.FindAllStringIndex(lower, 4)) >= 3 {
		return true
	}
	nets := 0
	for _, n := range socialNets {
		if len(n) >= 5 && n != "e-mail" { // a short name is a piece of other words; "email" counts e-mail's tail
			nets += strings.Count(lower, n)
		}
	}
	return nets >= 4 && strings.Count(lower, "share") >= 3
}

// callRe matches, in the lower-cased line, a short call to sign up, buy
// or look elsewhere: "Jetzt für den Newsletter anmelden", "Sign up now",
// "Inscríbete gratis", "Zapisz się", "Szukasz mieszkania? Zobacz oferty
// na …". The text reports; it does not call the reader to act.
var callRe = regexp.MustCompile(`^jetzt\b.*\b(?:anmelden|abonnieren|registrieren|bestellen|herunterladen|downloaden|testen)[.!]?$|^(?:sign up|subscribe|register|join) (?:now|today|for free)\b|^(?:inscríbete|suscríbete|regístrate|inscrivez-vous|abonnez-vous|iscriviti|abbonati|zapisz się|zarejestruj się|cadastre-se|assine)(?:[^\pL\pN_]|$)|\b(?:zobacz oferty|see (?:all )?offers|ver ofertas|voir les offres)\b` +
	// an offer to share, to read more of the same or to follow a link:
	// "Like this story? Share it with a friend!", "Want more stories like
	// this?", "Get Fox Business on the go by clicking here"
	`|\bshare (?:it|this(?: story| article| post)?|your thoughts) with (?:a |your )?friends?\b|^want more (?:stories|articles|news|posts) like this\b|\bby clicking here\b`)

// maxCall is the length, in words, of the longest call callRe takes.
const maxCall = 15

// appealRe matches, in the lower-cased line, the site speaking of itself
// to its reader: an appeal for support ("Enjoyed this story? Support our
// award-winning journalism by becoming a member.", "Dann unterstützen
// Sie uns bitte mit einer Spende", "Dann werden Sie Mitglied"), a call
// for feedback on the article or the site ("Wir freuen uns über Ihr
// Feedback zu diesem Angebot.", "Report an editorial error"), an offer
// to try the paper ("2 Wochen kostenlos testen") and the note under a
// read-aloud player ("Diese Audioversion wurde künstlich
// generiert."). A report tells of others' support and feedback in the
// third person; it does not ask for them in the first and second.
var appealRe = regexp.MustCompile(`\b(?:support|unterstützen sie|unterstütze|unterstützt uns|apoie|apoia|soutenez|sostieni|apoya|wesprzyj)\b[^.!?]{0,40}\b(?:us|our|uns|unsere?[mnrs]?|nos|nosso|nossa|notre|nous|nuestro|ci|il nostro|nas|nasz\pL*)\b` +
	`|\b(?:become an? (?:member|subscriber|supporter|patron)|werden sie (?:jetzt )?(?:mitglied|abonnent|förderer|unterstützer)|torne-se (?:membro|assinante|apoiador)|devenez (?:membre|abonné)|hazte (?:socio|miembro|suscriptor)|diventa (?:socio|abbonato|sostenitore)|zostań (?:patronem|członkiem))\b` +
	`|\b(?:ihr feedback|your feedback|votre avis|sua opinião|tu opinión|la tua opinione|ihre meinung ist uns wichtig|we want to hear from you|tell us what you think|schreiben sie uns|write to us)\b` +
	`|^report an? (?:editorial |factual |technical )?(?:error|typo|mistake|correction|issue|problem)\b` +
	// an offer to try the paper: "2 Wochen kostenlos testen", "Testen
	// Sie für zwei Wochen die gedruckte Zeitung", "Start your free trial"
	`|\b\d+ (?:wochen|tage|monate) (?:kostenlos|gratis) (?:testen|lesen)\b|\btesten sie\b[^.!?]{0,40}\b(?:wochen|monate|tage)\b|\b(?:start|begin|try) (?:your|a|the) free trial\b` +
	`|\b(?:click|tap) here to (?:support|donate|contribute|subscribe)\b|\bsupport \pL+(?: \pL+)? and make a difference\b` +
	`|\b(?:audio ?version|audiofassung|vorlesefunktion|audio (?:version|narration)|this audio|dieses audio)\b[^.!?]{0,60}\b(?:künstlich|automatisch|maschinell|synthetisch|generiert|erzeugt|generated|synthesi[sz]ed|ai|ki)\b`)

// inboxRe matches, in the lower-cased line, the promise of a newsletter
// box that names no newsletter: "… deals in your inbox", "Get the
// briefing delivered to your inbox", "Every day we send an email with
// the top stories".
var inboxRe = regexp.MustCompile(`\b(?:in|to|into) your inbox\b|^(?:every (?:day|morning|week),? )?we(?:['’]ll| will)? send (?:you )?an? e-?mail (?:with|of) (?:the )?(?:top|best|latest|biggest|most)\b`)

// appealKeys gate appealRe: a line it matches holds one of them.
var appealKeys = []string{"support", "unterstütz", "apoi", "souten", "sosten", "apoya", "wesprzyj", "become a", "werden sie", "torne-se", "devenez", "hazte", "diventa", "zostań", "feedback", "avis", "opini", "meinung", "hear from you", "what you think", "schreiben sie uns", "write to us", "report a", "audio", "vorlese", "testen", "trial", "click here", "tap here"}

// maxAppeal is the length, in words, of the longest appeal appealRe takes.
const maxAppeal = 40

// pitchKeys and shareKeys gate the expressions of pitchLine: a line
// they match holds one of them (most lines hold none and skip the
// expressions).
var (
	pitchKeys = []string{"newsletter", "bolet", "lettre d", "biuletyn", "nieuwsbrief", "notiziario"}
	shareKeys = []string{"share", "teilen", "compartir", "partager", "condividi", "udostępnij", "compartilhar", "delen"}
)

// containsAny reports whether s holds one of keys.
func containsAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// pitchLines labels furniture the kept lines of a newsletter box, a call
// to act or a row of share buttons (see pitchLine).
func (c *classifier) pitchLines() {
	for _, l := range c.lines {
		if kept(l.label) && pitchLine(l) {
			l.label = LabelFurniture
		}
	}
}

// creditAfter matches a caption that closes with the credit of its
// picture after its last sentence, in several languages: "The lander on
// its test stand. Credit: NASA", "Die Preisträger vor dem Rathaus. Foto:
// Jo Lee", "Vista del puerto. Foto: Ana Ruiz", "… im Hafen. Jo Lee /
// AFP". A paragraph of the text does not end on a credit; a source line
// ("Quelle: …") may close a paragraph with figures and is left alone.
var creditAfter = regexp.MustCompile(`[.!?]\s*(?:Credits?|Crédito|Crédit|Photo|Photos|Photograph|Foto|Fotos|Bild|Image|Imagen|Immagine|Fot\.|Zdjęcie)\s*:\s*[^.!?:]{1,80}$` +
	// A stock picture's credit after a copyright mark: "… verwendet. - ©
	// jo_lee - stock.adobe.com".
	`|©\s?[^©]{0,40}(?i:stock\.adobe\.com|adobe ?stock|fotolia|istock|shutterstock|123rf|depositphotos|pixabay|unsplash|pexels)\S*$` +
	// A photographer and agency after the last sentence: "… to oppose
	// it. Jo LEE / AFP", or in brackets with a space: "… like rats. (
	// JO LEE/SCIENCE PHOTO LIBRARY)".
	`|[.!?]["”’»]?\s+\p{Lu}[^.!?]{0,50}\s?/\s?(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|dpa|EFE|ANSA|PAP|Xinhua|Europa Press|IMAGO|picture alliance)$|[.!?]\s+\(\s+\p{Lu}[^()]{0,60}/[^()]{1,60}\)$`)

// screenCredit matches, in the lower-cased line, the credit of a
// screenshot: "Screenshots Instagram/TikTok", "Captura de pantalla X",
// "Capture d'écran YouTube", "Zrzut ekranu Facebook".
var screenCredit = regexp.MustCompile(`^(?:screenshots?|captura(?:s)? de pantalla|capture d['’]écran|zrzut(?:y)? ekranu|bildschirmfoto|schermata)\b`)

// maxScreenCredit is the length, in words, of the longest credit
// screenCredit takes; a longer line is a caption that says what the
// screenshot shows.
const maxScreenCredit = 6

// videoCard matches the card of a video as a page prints it: the running
// time, then the video's headline ("2:34 Storms lash the coast as
// thousands lose power"). A time of day is followed by "Uhr", "AM" or
// "GMT", or glued to a name in a live blog (see liveStampRe).
var videoCard = regexp.MustCompile(`^\d{1,2}:[0-5]\d\s+\p{Lu}`)

// notClock matches the words that make a time at the start of a line a
// time of day.
var notClock = regexp.MustCompile(`^\d{1,2}:[0-5]\d\s+(?i:uhr|h\b|am\b|pm\b|a\.m\.|p\.m\.|gmt|utc|cet|cest|mez|et\b|est\b|edt\b|pst\b|bst\b)`)

// mediaKicker matches a line that opens with the kind of media it links
// to or introduces, as a box of videos and podcasts or the caption of an
// embedded player prints it: "VIDÉO - Le maire répond", "Podcast: Das
// Wochenende im Überblick", "Video: In this talk the author explains
// …", "WIDEO: Powódź w regionie". A subheading of the text is not
// labelled with the medium of its part.
var mediaKicker = regexp.MustCompile(`^(?:PODCAST|Podcast|VIDEO|Video|VIDÉO|Vidéo|VÍDEO|Vídeo|WIDEO|Wideo|AUDIO|Audio|GALERIE|Galerie|GALLERY|Gallery|FOTOS|Fotos|PHOTOS|ZDJĘCIA|INFOGRAPHIE|WATCH|Watch|LISTEN|Listen)\s*[-–—:|]\s*\p{Lu}`)

// mediaLines labels the kept captions that close with a credit (see
// creditAfter) and the kept credits of a screenshot (see screenCredit)
// furniture, and the kept cards of a video (see videoCard),
// a headline of four to twenty words with no sentence end, and the kept
// lines of at most forty words that open with a medium (see
// mediaKicker), teasers.
func (c *classifier) mediaLines() {
	for _, l := range c.lines {
		if !kept(l.label) {
			continue
		}
		switch {
		case l.weight <= 90 && strings.ContainsAny(l.text, ":/©") && creditAfter.MatchString(l.text),
			l.weight <= maxScreenCredit && !l.sentence && screenCredit.MatchString(l.lower):
			l.label = LabelFurniture
		case l.weight >= 4 && l.weight <= 20 && !l.sentence && videoCard.MatchString(l.text) && !notClock.MatchString(l.text),
			l.weight <= 40 && mediaKicker.MatchString(l.text):
			l.label = LabelTeaser
		}
	}
}

// boxLabels holds the headings, normalised by Normalize, of the boxes a
// page sets beside or under the text: a list of sections or links
// ("News", "Articles", "Highlights", "Фото"), a box of further reading
// ("Weitere Informationen", "Más información", "Original publication"),
// a box of context ("Contexto de la noticia"), and the link that closes
// a teaser of a box ("Mehr erfahren", "mehr..."). They are dropped only
// where an earlier pass kept them as a heading; a subheading of the text
// says what its part is about. ("Sommaire" and "Inhaltsverzeichnis" open
// a table of contents, which may be part of the text: see
// TestWidgetVocabulary.)
var boxLabels = wordSet(`
news|articles|artikel|artículos|articoli|artigos|artykuły|highlights|фото|видео
weitere informationen|weiterführende links|weiterführende informationen|zusatzinformationen|originalpublikation|diese seite
more information|further information|original publication|plus d'informations|en savoir plus|publication originale
mehr erfahren|erfahren sie mehr|jetzt mehr erfahren|mehr info|mehr infos|mehr...
más información|contexto de la noticia|maggiori informazioni|più informazioni|więcej informacji|mais informações|saiba mais
`)

// boxLabelLines labels furniture the kept lines that are a box's heading
// (see boxLabels).
func (c *classifier) boxLabelLines() {
	for _, l := range c.lines {
		if kept(l.label) && l.weight <= 4 && boxLabels[l.norm] {
			l.label = LabelFurniture
		}
	}
}

// taggedHeadline matches a headline of another story that ends with the
// kind of its content in capitals and brackets, as the links inside an
// article print it: "Holidaymakers fall ill after a meal [INSIGHT]",
// "Storm closes the coast road [VIDEO]", "Nowe mapy zakażeń [AKTUALNA
// MAPA]", "Tormenta en la costa [FOTOS]". Prose does not end on a
// bracketed word in capitals.
var taggedHeadline = regexp.MustCompile(`\S\s\[\p{Lu}[\p{Lu}\s]{2,}\]$`)

// rankedList matches a box of the most read stories run into one line,
// each headline after its rank: "1 Storm closes the coast road 2 Mayor
// quits after vote 3 …". Prose does not count one, two, three between
// capitalised phrases.
var rankedList = regexp.MustCompile(`^1\.?\s[\p{Lu}\d].{10,}?\s2\.?\s[\p{Lu}\d].{10,}?\s3\.?\s[\p{Lu}\d]`)

// readOn matches, in the lower-cased line, the link to the rest of a
// story after the last sentence of its summary: "… Seht selbst!
// Weiterlesen", "… as if that were not enough. Read more", "…
// Hintergründe. mehr", "… la semana pasada. Leer más". A paragraph of
// the text ends on its own sentence, not on a link to itself.
var readOn = regexp.MustCompile(`[.!?…"“”»]\s*(?:weiterlesen|mehr|mehr lesen|read more|continue reading|read full story|leer más|seguir leyendo|lire la suite|lire plus|czytaj dalej|czytaj więcej|leia mais|continua a leggere|leggi tutto)\s*(?:»|›|→|>|\.\.\.|…)?$`)

// maxReadOn is the length in bytes of the end of a line that readOn
// looks at: the link and the punctuation before it.
const maxReadOn = 40

// tail returns the last n bytes of s, or s when it is shorter.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// maxArrowLink is the length, in words, of the longest link arrowLink
// takes.
const maxArrowLink = 5

// arrowLink reports a link that points on with an arrow after its few
// words: "Explore charts >>", "All videos →", "Mehr aus dem Ressort ›". A
// heading of the text does not point.
func arrowLink(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ">>") || strings.HasSuffix(s, "→") || strings.HasSuffix(s, "›") || strings.HasSuffix(s, "»") && !strings.ContainsAny(s, "«„")
}

// linkLines labels teasers the kept headlines of other stories marked by
// a bracketed tag (see taggedHeadline), the kept boxes of ranked
// headlines run into one line (see rankedList) and the kept summaries
// of other stories that end on a link to read on (see readOn), and
// labels furniture the kept links that end on an arrow (see arrowLink).
func (c *classifier) linkLines() {
	for _, l := range c.lines {
		if !kept(l.label) {
			continue
		}
		if l.weight <= 30 && strings.HasSuffix(l.text, "]") && taggedHeadline.MatchString(l.text) ||
			!l.sentence && strings.HasPrefix(l.text, "1") && rankedList.MatchString(l.text) ||
			l.weight <= 120 && readOn.MatchString(tail(l.lower, maxReadOn)) {
			l.label = LabelTeaser
		}
		if l.weight <= maxArrowLink && !l.sentence && arrowLink(l.text) {
			l.label = LabelFurniture
		}
	}
}
