package textscrape

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Page furniture that carries its own wording but is longer or freer than
// the fixed vocabulary: photo credits and captions, affiliate notices,
// newsletter and social calls, legal notices of the site.

var (
	// creditStart opens a caption or credit line: "Image caption …",
	// "Photo by …", "Courtesy of …", "личный архив …" (from the personal
	// archive of …).
	creditStart = regexp.MustCompile(`(?i)^(?:image caption|caption:|\(?(?:image|photo|picture) credits?:|photos?:|images?:|fotos?:|(?:titel|symbol|beitrags|header|aufmacher|vorschau)?bild:|titelfoto:|credits?:|photo(?:graph|graphy)? by|image by|image source:|illustration:|illustration by|courtesy of|enlarge image|image \d+ (?:of|/)|back to gallery|(?:фото )?(?:из )?личн(?:ый|ого) архив)`)
	// creditEnd closes a caption with its credit: "… (Image: GETTY)",
	// "… (AP)", "… J. Scott Applewhite / AP file".
	// captionStart opens a caption that says what the picture shows:
	// "This illustration of SpaceX's concept …", "An artist's
	// illustration of a plume …", "New Horizons took this image of …".
	captionStart = regexp.MustCompile(`^(?i:(?:this|an?|the) (?:artist['’]s |artistic |computer |file )?(?:illustration|image|photo|photograph|picture|rendering|render|screenshot|micrograph|cross-section|graphic|map)s? (?:of|shows|showing|depicts|through)\b)|\b(?:took|shows) this (?:image|photo|photograph|picture)\b|\p{Ll}(?:Credit|Photo|Image|Picture)s?:\s`)
	creditEnd    = regexp.MustCompile(`\((?i:images?|photos?|fotos?|pictures?|pic|credit|source|bild)\s*:[^)]*\)\s*$|\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|AP Photo[^)]*)\)\s*$|[/|]\s*(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty)(?: (?:file|photo|File|Photo))?\s*$`)
	// agency names a picture agency or wire service in a short credit:
	// "Alex Wong | Getty Images", "Michael Conroy, AP", and the
	// agencies of other countries: "Jo Ruiz - Europa Press / Europa
	// Press", "Foto: IMAGO", "Jan Nowak / PAP", "Polizei / SWNS".
	agency = regexp.MustCompile(`\b(?:[Gg]etty(?: [Ii]mages)?|GETTY|[Ss]hutterstock|SHUTTERSTOCK|Associated Press|ASSOCIATED PRESS|AP|AFP|Reuters|REUTERS|EPA|Alamy|iStock(?:photo)?|dpa|picture alliance|Bloomberg|Europa Press|EUROPA PRESS|EFE|ANSA|PAP|Lusa|LUSA|IMAGO|[Ii]mago [Ii]mages|KEYSTONE|Keystone-SDA|Xinhua|XINHUA|SWNS|NurPhoto|ZUMA (?:Press|Wire)|Agência Brasil|Anadolu (?:Agency|Ajansı)|AAP|Belga|BELGA|PA (?:Wire|Media|Images|Archive)|KNA|SIPA|Abaca|ABACA|Agencja Gazeta|Photothek|Westend61|Unsplash|Pixabay|Wikimedia Commons)\b`)
)

// captionCredit matches the credit that closes a caption in many
// languages: a photographer and agency in brackets ("(REUTERS/Denis
// Balibouse)", "(crédito: Minervino Júnior/CB)"), an agency's name
// after the last sentence ("… el 11 de febrero pasado. EFE"), a name
// after a copyright mark ("… in Pennsylvania © Noah Addis", "… im
// Garten.© Hoklatherm"), or a
// source after "photo:" ("Roman Prymula, photo: Archives du
// Gouvernement").
var captionCredit = regexp.MustCompile(`\(\pL[^()]{0,60}\pL\s*/\s*\pL[^()]{0,60}\)\s*$|\((?i:crédito|créditos|credits?|foto|fotos|imagen|bild|zdjęcie|fot\.|photo)\s*:[^()]*\)\s*$|[.!?]\s+(?:EFE|AFP|AP|dpa|DPA|REUTERS|Reuters|EPA|ANSA|Getty Images|Europa Press|Xinhua)\s*$` +
	// A credit of a photographer and agency after the caption, with no
	// brackets: "… Tausende Besucher an. Bild: Jo Lee/Archiv", "… des
	// Gesetzes Foto: Jo Lee/imago".
	`|\S\s+(?:Bild|Foto|Fotos|Photo|Photos|Image|Picture|Credit|Crédit|Crédito):\s\p{Lu}[^.!?:/]{1,40}/[^.!?:/]{1,30}$` +
	`|\S\s+©\s?[^©.!?]{1,40}$|\p{Ll}[.!?]©\s?[^©.!?]{1,40}$|,\s+(?i:photo|foto|bild|image|imagen)s?(?:\s*:\s+\S.{0,60}|\s+via)$` +
	// A source after a slash: "… zdjęcie ilustracyjne / Źródło:
	// Pixabay", "… ważył 206 kilogramów /domena publiczna".
	`|\S\s*/\s*(?i:źródło|fot\.|foto|quelle|source|fuente|crédito|bild)\s*:\s*\S[^/]{0,40}$|\S\s*/\s*(?i:domena publiczna|public domain|gemeinfrei|dominio público)\s*$` +
	// A photographer and the picture service's domain: "Moa
	// Karlberg/imagebank.sweden.se", "Jo Lee / pixabay.com".
	`|^\p{Lu}[\pL.'’-]+(?:\s\p{Lu}[\pL.'’-]+){0,3}\s*/\s*[\w-]+(?:\.[\w-]+)*\.(?:com|de|se|org|net|at|ch|fr|es|it|pl|nl|uk|io)$`)

// captionLike reports a caption that says what its picture shows (see
// captionStart), trying the expression only on lines with its words.
func captionLike(l *line) bool {
	for _, k := range captionKeys {
		if strings.Contains(l.norm, k) {
			return captionStart.MatchString(l.text)
		}
	}
	return false
}

// captionKeys gate captionStart: a line it matches holds one of them.
var captionKeys = []string{"illustration", "image", "photo", "picture", "render", "screenshot", "micrograph", "cross-section", "graphic", "map", "credit"}

// creditLine reports a photo credit or a caption marked as one.
func creditLine(l *line) bool {
	if l.weight > 60 {
		return false
	}
	if creditStart.MatchString(l.text) || l.weight <= 45 && (captionLike(l) || placedCaption(l)) || l.weight <= 25 && creditEnd.MatchString(l.text) || apCaption(l) || l.weight <= 40 && captionCredit.MatchString(l.text) {
		return true
	}
	// A short line naming an agency that is not a sentence: "Natalie
	// Naccache | Bloomberg | Getty Images", "Shutterstock".
	return l.weight <= 8 && !l.sentence && agency.MatchString(l.text)
}

// placeMark matches where a caption places the people in its picture:
// "Senator Aubyn Hill (right), looks on as …", "Kristi Noem, governor of
// South Dakota, pictured at the White House …", "through films such as
// Alien (pictured)", "Anna Schmidt (l.) und …", "v.l.n.r.".
var placeMark = regexp.MustCompile(`\((?i:pictured|left|right|centre|center|far left|far right|second (?:from )?(?:left|right)|l|r|c|links|rechts|mitte|l\.|r\.|m\.|izquierda|derecha|centro|à gauche|à droite|au centre)\)|\b(?:is|are|was|were|seen|shown|be) pictured\b|,\s+pictured\s+(?:at|in|on|with|during|here|outside|inside|left|right|above|below|after|before|while)\b|\b(?i:v\.\s?l\.\s?n\.\s?r\.|von links nach rechts|from left to right|from left:|from l-r|l-r:)|\((?i:von links|v\.\s?l\.|from left)\)`)

// placedCaption reports a caption that places the people in its picture
// (see placeMark), trying the expression only on lines with its words.
func placedCaption(l *line) bool {
	if !strings.Contains(l.text, "(") && !strings.Contains(l.norm, "pictured") && !strings.Contains(l.norm, "links") && !strings.Contains(l.norm, "left") && !strings.Contains(l.norm, "l-r") && !strings.Contains(l.norm, "v.") {
		return false
	}
	return placeMark.MatchString(l.text)
}

// captionDate matches the full date of a wire photo caption, with its
// weekday and year: "…, Tuesday, Nov. 19, 2019, in Columbia, S.C.".
// Reporting names the weekday alone, or the date without the weekday.
var captionDate = regexp.MustCompile(`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b`)

// filePhoto opens a wire caption of an older picture: "In this Dec. 12,
// 2006, file photo, …", "In this Sunday, Nov. 10, 2019, photograph, …",
// "FILE - Jane Doe speaks …".
var filePhoto = regexp.MustCompile(`^In this (?:[\pL.]+ ){0,2}\d{1,2}, (?:19|20)\d\d,? (?:[\pL-]+ ){0,2}(?:photo|photograph|image|picture)\b|^FILE\s[-–—]\s\S`)

// maxPlaceCaption is the weight of the longest caption captionPlace
// takes.
const maxPlaceCaption = 30

// captionPlace matches the end of a wire photo caption that names the
// date and place of the picture with no weekday: "… with his studies
// April 14, 2024, in Birmingham, Ala."
var captionPlace = regexp.MustCompile(`\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d, in \p{Lu}[\pL.'’-]*(?:\s\p{Lu}[\pL.'’-]*){0,3}(?:, \p{Lu}[\pL.'’-]*(?:\s\p{Lu}[\pL.'’-]*){0,2})?\.$`)

// apCaption reports a wire photo caption: a sentence describing a
// picture with its full date ("… speaks during a campaign stop,
// Tuesday, Nov. 19, 2019, in Columbia, S.C."), or a file photo.
func apCaption(l *line) bool {
	if l.weight < 8 || l.weight > 60 {
		return false
	}
	if filePhoto.MatchString(l.text) || l.weight <= maxPlaceCaption && captionPlace.MatchString(l.text) {
		return true
	}
	loc := captionDate.FindStringIndex(l.text)
	return loc != nil && loc[0] > 0
}

// boilerRe matches notices a site prints on every page: affiliate
// disclosures, newsletter and social calls, terms of the site.
var boilerRe = regexp.MustCompile(`affiliate (?:links?|commission|program|partner)|(?:earn|receive|get) a (?:small )?(?:commission|share of (?:the )?sales?)|may (?:earn|receive|get) (?:an? )?(?:affiliate )?(?:commission|share)|constitutes acceptance of|(?:use of|registration on) (?:and/or registration on )?(?:or use of )?(?:any portion of )?this (?:site|website)|protected by recaptcha|may not be reproduced, distributed|delivered (?:to your inbox|weekday mornings|every (?:morning|day|week))|(?:meet|to) your inbox|^(?:get|sign up for) (?:breaking news|the latest|our|the day's|access to|daily|weekly)\b.*(?:news|alerts|updates|stories|newsletter|subscription)|^follow (?:us|@\w+|the [\pL ]+|[\pL]+) on (?:twitter|facebook|instagram)|^(?:join|follow) (?:us|our) (?:on|in)\b`)

// boilerMoreRe matches more notices and links of a site, each holding
// one of boilerKeys (a line without any is not tried: the expression is
// slow on long lines).
var boilerMoreRe = regexp.MustCompile(`(?i)` +
	// A link to another story printed between paragraphs, or the
	// heading of a list of them: "Related post: Pickled Brussels Sprouts
	// Recipe", "Related coverage from Money:", "On HoustonChronicle.com:
	// Car sales plunge …".
	`^related (?:posts?|articles?|stor(?:y|ies)|content|reading|coverage|links?|videos?)(?:\s[^:]{1,60})?\s*:|^(?:on|more on|also on|more at|also at) (?:www\.)?[\pL\d-]+\.(?:com|org|net|co\.uk|com\.au|ca|de|at|ch|fr|es|it)\s*:` +
	// the same without the colon, when the headline follows the site's
	// name: "Also on rt.com Journalists threatened with arrest"
	`|^(?:also on|more on|also at|more at) (?:www\.)?[\pL\d-]+\.(?:com|org|net|co\.uk|com\.au|ca|de|at|ch|fr|es|it) \p{Lu}` +
	// A blog's filing note under the post: "This entry was posted in
	// News and tagged …", "Dieser Eintrag wurde veröffentlicht in …",
	// "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter …".
	`|^this (?:entry|post) was posted (?:in|on|by)\b|bookmark the permalink|^(?:dieser|der) (?:eintrag|beitrag) wurde (?:am [^.]{0,40})?(?:veröffentlicht|abgelegt) (?:in|unter)\b|\bund (?:abgelegt|veröffentlicht) unter\b|lesezeichen (?:auf|für) den permalink|verwendet akismet|uses akismet` +
	// A licence or a disclosure of the site: "Texte auf dieser Webseite
	// stehen unter einer Creative Commons …", "This post contains
	// references to products from our advertisers", "These statements
	// have not been evaluated by the Food and Drug Administration".
	`|licensed under (?:a |the )?(?:creative commons|cc[ -]by)|unter (?:einer|der) (?:creative[ -]commons|lizenz cc)|this (?:post|article|page) (?:contains|may contain|includes) (?:affiliate|references to products|sponsored|paid)|(?:statements|products) (?:have not been|has not been) evaluated by the food and drug|^\*?werbung\W+(?:dieser|der) (?:beitrag|artikel|post) enthält|support (?:our|independent|quality) journalism|unterstützen sie (?:unsere|unseren|den) (?:journalismus|arbeit|berichterstattung)|ihr beitrag hilft,? unsere` +
	// The placeholder of an embed and a picture's zoom hint: "Klicken
	// Sie auf den unteren Button, um den Inhalt von www.komoot.de zu
	// laden.", "Zum Vergrößern auf das Bild klicken.", "Dieses Skript
	// als PDF herunterladen".
	`|um (?:den|die) inhalte? von \S+(?:\s\S+){0,5} zu laden|click (?:the button|here|below) to (?:load|show|display) (?:the )?content|zum vergrößern (?:auf das bild |bitte )?klicken|click (?:the image |on the image )?to enlarge|als pdf herunterladen` +
	// A reporter's contact: "Have a tip? Amy Doe may be reached at
	// adoe@example.com".
	`|(?:may|can) be reached at \S+@` +
	// A disclaimer of the site's contributors or of its market data:
	// "Opinions expressed by Forbes Contributors are their own.",
	// "Quotes delayed at least 15 minutes."
	`|\b(?:opinions|views) expressed by [^.]{1,60} (?:are|is) (?:their|his|her|its|the author['’]s) own\b|^(?:market )?quotes (?:are )?delayed (?:at least |by )?(?:\d+|fifteen|twenty) min|\breal-time quotes provided by\b` +
	// A notice to the reader's browser or about the copy's use, and the
	// reporter's address under the text: "For the best Barrons.com
	// experience, please update to a modern browser.", "This copy is for
	// your personal, non-commercial use only.", "Write to Al Root at
	// allen.root@dowjones.com".
	`|\bplease (?:update|upgrade|switch) to (?:a )?(?:modern|newer|supported|different) browser\b|\bfor the best [^.]{0,40} experience,? (?:please )?(?:update|upgrade|use|switch)\b|^(?:it (?:looks|seems) like |we(?:['’]ve| have) detected (?:that )?)?you(?:['’]re| are) (?:using|on) (?:an? )?(?:outdated|unsupported|older|old) (?:version of (?:your |the )?)?browser\b|\bthis copy is for your personal,? non-commercial use\b|^write to [\pL .'’-]{2,60} at \S+@\S+$`)

// boilerStarts and boilerKeys gate boilerMoreRe: a line it matches
// starts with one of boilerStarts or holds one of boilerKeys (in lower
// case).
var (
	boilerStarts = []string{"related", "on ", "more on ", "also on ", "more at ", "also at ", "this entry", "this post"}
	boilerKeys   = []string{"browser", "non-commercial", "write to", "expressed", "delayed", "quotes provided", "permalink", "eintrag", "beitrag", "abgelegt", "akismet", "licensed", "unter einer", "unter der", "this post", "this article", "this page", "evaluated", "werbung", "journalism", "unterstützen", "zu laden", "click", "vergrößern", "pdf", "reached at"}
)

// consentRe matches the consent a form asks for, which may run long:
// "Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein,
// …", "I agree to the terms and the privacy policy".
var consentRe = regexp.MustCompile(`(?i)\bwillige ich\b|\bich willige\b|ich (?:akzeptiere|habe) die datenschutz|i (?:agree|consent) to (?:the|your|receive) |by (?:clicking|subscribing|signing up|submitting)[^.]{0,60}\byou (?:agree|consent|accept)`)

// consentLine reports the consent text of a form.
func consentLine(l *line) bool {
	if l.weight > 120 {
		return false
	}
	for _, k := range consentKeys {
		if strings.Contains(l.norm, k) {
			return consentRe.MatchString(l.text)
		}
	}
	return false
}

// consentKeys are the words of which a line of consentRe holds one.
var consentKeys = []string{"willige", "datenschutz", "agree", "consent"}

// boilerHints are words one of which every notice boilerRe matches
// holds, and boilerLeads the words one of which its notices anchored at
// the line's start begin with: most lines have none, and skip the
// expression, whose many alternatives cost more than these tests.
var (
	boilerHints = []string{"affiliate", "commission", "share", "acceptance of", "this site", "this website",
		"recaptcha", "reproduced", "delivered", "inbox"}
	boilerLeads = []string{"get ", "sign up for", "follow ", "join "}
)

// boilerHint reports whether the lower-cased line may hold a notice of
// boilerRe.
func boilerHint(lower string) bool {
	for _, h := range boilerLeads {
		if strings.HasPrefix(lower, h) {
			return true
		}
	}
	for _, h := range boilerHints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

// boilerLine reports a site notice (see boilerRe) of some length.
func boilerLine(l *line) bool {
	if l.weight > 60 {
		return false
	}
	if boilerHint(l.lower) && boilerRe.MatchString(l.lower) { // lower case, so no (?i): see cookieRe
		return true
	}
	for _, k := range boilerStarts {
		if strings.HasPrefix(l.norm, k) {
			return boilerMoreRe.MatchString(l.text)
		}
	}
	for _, k := range boilerKeys {
		if strings.Contains(l.norm, k) {
			return boilerMoreRe.MatchString(l.text)
		}
	}
	return false
}

// bioRe opens an author's biography: "Jane Doe is a freelance writer
// based in …", "Jane joined the magazine in 2017.", "Anna Schmidt ist
// freie Journalistin …", "Ana Lima es periodista …"
var bioRe = regexp.MustCompile(`^(?:(?:\p{Lu}[\pL.'’-]+\s){0,3}\p{Lu}[\pL'’-]+(?:\s\([^)]*\))?\s(?:is (?:an?|the) (?:[\pL-]+\s){0,6}(?:writer|reporter|journalist|editor|contributor|correspondent|columnist|author|educator|producer|blogger|freelancer|curator)|joined (?:[\pL-]+\s){0,3}(?:magazine|newspaper|news|times|post|staff|newsroom|desk)\b|has (?:been )?(?:covered|covering|reporting|written|writing)\s|writes\s|` +
	`(?:ist|war) (?:[\pL-]+\s){0,5}(?:Journalist|Redakteur|Autor|Reporter|Korrespondent|Kolumnist|Fotograf|Moderator|Chefredakteur|Herausgeber)(?:in)?\b|leitet (?:das|die|den) (?:Ressort|Redaktion|Team)\b|schreibt (?:seit|für|über)\s|` +
	`es (?:[\pL-]+\s){0,3}(?:periodista|redactora?|editora?|corresponsal|columnista)\b|é (?:[\pL-]+\s){0,3}(?:jornalista|repórter|editora?|colunista)\b|est (?:[\pL-]+\s){0,3}(?:journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se))\b|` +
	// The author's job at the site or her own firm: "Candice Sealey is
	// the Founder & Principal Consultant at …", "Inga Buller ist Head of
	// Social bei CHIP", "Markus Reuter beschäftigt sich mit den Themen …".
	`is (?:an?|the) (?:[\pL-]+\s){0,3}(?:Founder|founder|Co-Founder|co-founder|CEO|Consultant|consultant|Head of|head of)\b|ist (?:[\pL-]+\s){0,3}(?:Head of|Gründer(?:in)?|Geschäftsführer(?:in)?|Ressortleiter(?:in)?|Redaktionsleiter(?:in)?)\b|beschäftigt sich (?:seit [^.]{1,30} )?mit (?:den )?Themen\b)` +
	// A first-person author box: "Ich bin Steffi, bekennende
	// Tiernärrin …", "Hi, I'm Jane, …", "Als Content Marketing
	// Managerin betreue ich den Blog …".
	`|(?:(?:Hi|Hallo|Hey),?\s+)?(?:Ich bin|I'm|I’m|I am) \p{Lu}\pL+,|Als (?:[\pL-]+\s){1,4}(?:betreue|schreibe|leite|verantworte) ich\b)`)

func bioLine(l *line) bool {
	return l.weight <= 80 && bioRe.MatchString(l.text) || l.weight <= 120 && orgRe.MatchString(l.text)
}

// orgRe opens the note about the issuer that closes a press release:
// "Ascom is a global solutions provider focused on …", "Ascom is
// headquartered in Baar (Switzerland) …", "Der Lesben- und
// Schwulenverband (LSVD) ist ein Bürgerrechtsverband …".
var orgRe = regexp.MustCompile(`^(?:(?:The|Der|Die|Das)\s)?(?:\p{Lu}[\pL\d&.'’-]*\s(?:(?:und|and|&|of|für|for)\s)?){0,4}\p{Lu}[\pL\d&.'’-]*(?:\s\([^)]{1,20}\))?,?\s(?:` +
	`is (?:headquartered|based) in\b|has (?:its )?(?:headquarters|offices) in\b|` +
	`is (?:a|an|the) (?:[\pL-]+\s){0,5}(?:company|provider|organi[sz]ation|association|firm|manufacturer|maker|developer|supplier|publisher|non-?profit|foundation|institute|network|group|platform|agency|consultancy|operator|producer|retailer|distributor|specialist|leader)\b|` +
	`(?:ist|war) (?:ein|eine|der|die|das) (?:[\pL-]+\s){0,5}\pL*(?:verband|verein|unternehmen|organisation|stiftung|institut|anbieter|hersteller|dienstleister|netzwerk|gesellschaft|konzern|spezialist)\b|` +
	`hat (?:seinen|ihren) (?:Haupt)?[Ss]itz in\b)`)

// tagCloud reports a long line of words with no punctuation at all, as a
// tag cloud or a run of link labels flattens to: "Bahn Basketball
// Baustelle Bildung Brand …". Prose of that length has commas or a full
// stop, and a headline is shorter. Scripts written without spaces or
// punctuation (Thai) are left alone.
//
// In Chinese, Japanese or Korean, a run of section names ("时政 地方 法治
// 高层 人事 …") is at least eight short words between spaces with no
// punctuation; prose in those scripts has its commas and stops.
func tagCloud(l *line) bool {
	if l.weight <= 30 || strings.ContainsAny(l.text, ".,;:!?。，、！？()\"“”'’«»–—") {
		return false
	}
	for _, r := range l.text {
		if r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF {
			return false
		}
		if r >= 0x2E80 {
			return shortWords(l.text)
		}
	}
	return true
}

// shortWords reports a line of at least eight words between spaces,
// none longer than six characters.
func shortWords(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 8 {
		return false
	}
	for _, w := range ws {
		if utf8.RuneCountInString(w) > 6 {
			return false
		}
	}
	return true
}

// ctaRe matches a site's call to the reader that closes an article:
// where to find more ("Weitere Infos unter www.itfjuniors.de.", "Auf
// der Seite Aktuelle Meldungen 2021 finden Sie alle aktuellen News"), an
// invitation ("Wir laden Sie herzlich ein, uns am Stand zu besuchen."),
// an offer ("Get Motor Cycle Monthly delivered through your letterbox
// every month", "Join the hundreds of developers who get …").
var ctaRe = regexp.MustCompile(`(?i)\b(?:weitere|mehr) (?:infos?|informationen)\b[^.]{0,60}\b(?:unter|auf|bei|finden|gibt es)\b|\b(?:more (?:info|information|details)|further information)\b[^.]{0,60}\b(?:at|on|visit)\b|\b(?:finden|erhalten|besuchen|vereinbaren|kontaktieren|abonnieren|bestellen) sie\b|\bladen sie\b[^.]{0,40}\bein\b|\b(?:click|tap) here\b|\bhier (?:klicken|geht['’]s)\b|\bget [\pL ]{1,40} delivered\b|\bjoin (?:the )?(?:hundreds|thousands|millions) of\b|\bsubmit your\b|\bhinterlasse (?:einfach |doch )?(?:einen|deinen) kommentar\b`)

// ctaKeys gate ctaRe: a line it matches holds one of them (in lower
// case).
var ctaKeys = []string{"info", "sie", "click", "tap", "hier", "deliver", "join", "submit", "kommentar"}

// ctaLine reports a call to the reader of at most 60 words (see ctaRe)
// that opens with the call or is short: a paragraph of the text that
// ends by pointing to more ("… For more information, please visit")
// is text, and so is a line introducing a link ("Das Konzeptpapier
// finden Sie hier:").
func ctaLine(l *line) bool {
	if l.weight > 60 || introLine(l) {
		return false
	}
	for _, k := range ctaKeys {
		if strings.Contains(l.norm, k) {
			loc := ctaRe.FindStringIndex(l.text)
			return loc != nil && (l.weight <= maxCTAWeight || weight(l.text[:loc[0]]) <= maxCTAWeight/2)
		}
	}
	return false
}

// maxCTAWeight is the length, in words, of a call to the reader that may
// hold its call anywhere.
const maxCTAWeight = 30
