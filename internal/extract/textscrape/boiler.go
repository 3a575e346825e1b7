package textscrape

import (
	"regexp"
	"strings"
)

// Page furniture that carries its own wording but is longer or freer than
// the fixed vocabulary: photo credits and captions, affiliate notices,
// newsletter and social calls, legal notices of the site.

var (
	// creditStart opens a caption or credit line: "Image caption …",
	// "Photo by …", "Courtesy of …".
	creditStart = regexp.MustCompile(`(?i)^(?:image caption|caption:|photos?:|images?:|fotos?:|(?:titel|symbol|beitrags|header|aufmacher|vorschau)?bild:|titelfoto:|credits?:|photo(?:graph|graphy)? by|image by|image source:|illustration:|illustration by|courtesy of|enlarge image|image \d+ (?:of|/)|back to gallery)`)
	// creditEnd closes a caption with its credit: "… (Image: GETTY)",
	// "… (AP)", "… J. Scott Applewhite / AP file".
	creditEnd = regexp.MustCompile(`\((?i:images?|photos?|fotos?|pictures?|pic|credit|source|bild)\s*:[^)]*\)\s*$|\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|AP Photo[^)]*)\)\s*$|[/|]\s*(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty)(?: (?:file|photo|File|Photo))?\s*$`)
	// agency names a picture agency or wire service in a short credit:
	// "Alex Wong | Getty Images", "Michael Conroy, AP".
	agency = regexp.MustCompile(`\b(?:[Gg]etty(?: [Ii]mages)?|GETTY|[Ss]hutterstock|SHUTTERSTOCK|Associated Press|ASSOCIATED PRESS|AP|AFP|Reuters|REUTERS|EPA|Alamy|iStock(?:photo)?|dpa|picture alliance|Bloomberg)\b`)
)

// captionCredit matches the credit that closes a caption in many
// languages: a photographer and agency in brackets ("(REUTERS/Denis
// Balibouse)", "(crédito: Minervino Júnior/CB)"), an agency's name
// after the last sentence ("… el 11 de febrero pasado. EFE"), a name
// after a copyright mark ("… in Pennsylvania © Noah Addis"), or a
// source after "photo:" ("Roman Prymula, photo: Archives du
// Gouvernement").
var captionCredit = regexp.MustCompile(`\(\pL[^()]{0,60}\pL\s*/\s*\pL[^()]{0,60}\)\s*$|\((?i:crédito|créditos|credits?|foto|fotos|imagen|bild|zdjęcie|fot\.|photo)\s*:[^()]*\)\s*$|[.!?]\s+(?:EFE|AFP|AP|dpa|DPA|REUTERS|Reuters|EPA|ANSA|Getty Images|Europa Press|Xinhua)\s*$` +
	`|\S\s+©\s?[^©.!?]{1,40}$|,\s+(?i:photo|foto|bild|image|imagen)s?(?:\s*:\s+\S.{0,60}|\s+via)$`)

// creditLine reports a photo credit or a caption marked as one.
func creditLine(l *line) bool {
	if l.weight > 60 {
		return false
	}
	if creditStart.MatchString(l.text) || l.weight <= 25 && creditEnd.MatchString(l.text) || apCaption(l) || l.weight <= 40 && captionCredit.MatchString(l.text) {
		return true
	}
	// A short line naming an agency that is not a sentence: "Natalie
	// Naccache | Bloomberg | Getty Images", "Shutterstock".
	return l.weight <= 8 && !l.sentence && agency.MatchString(l.text)
}

// captionDate matches the full date of a wire photo caption, with its
// weekday and year: "…, Tuesday, Nov. 19, 2019, in Columbia, S.C.".
// Reporting names the weekday alone, or the date without the weekday.
var captionDate = regexp.MustCompile(`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b`)

// filePhoto opens a wire caption of an older picture: "In this Dec. 12,
// 2006, file photo, …", "In this Sunday, Nov. 10, 2019, photograph, …".
var filePhoto = regexp.MustCompile(`^In this (?:[\pL.]+ ){0,2}\d{1,2}, (?:19|20)\d\d,? (?:[\pL-]+ ){0,2}(?:photo|photograph|image|picture)\b`)

// apCaption reports a wire photo caption: a sentence describing a
// picture with its full date ("… speaks during a campaign stop,
// Tuesday, Nov. 19, 2019, in Columbia, S.C."), or a file photo.
func apCaption(l *line) bool {
	if l.weight < 8 || l.weight > 60 {
		return false
	}
	if filePhoto.MatchString(l.text) {
		return true
	}
	loc := captionDate.FindStringIndex(l.text)
	return loc != nil && loc[0] > 0
}

// boilerRe matches notices a site prints on every page: affiliate
// disclosures, newsletter and social calls, terms of the site.
var boilerRe = regexp.MustCompile(`(?i)affiliate (?:links?|commission|program|partner)|(?:earn|receive|get) a (?:small )?(?:commission|share of (?:the )?sales?)|may (?:earn|receive|get) (?:an? )?(?:affiliate )?(?:commission|share)|constitutes acceptance of|(?:use of|registration on) (?:and/or registration on )?(?:or use of )?(?:any portion of )?this (?:site|website)|protected by recaptcha|may not be reproduced, distributed|delivered (?:to your inbox|weekday mornings|every (?:morning|day|week))|(?:meet|to) your inbox|^(?:get|sign up for) (?:breaking news|the latest|our|the day's|access to)\b.*(?:news|alerts|updates|stories|newsletter|subscription)|^follow (?:us|@\w+|the [\pL ]+|[\pL]+) on (?:twitter|facebook|instagram)|^(?:join|follow) (?:us|our) (?:on|in)\b`)

// boilerLine reports a site notice (see boilerRe) of some length.
func boilerLine(l *line) bool {
	return l.weight <= 60 && boilerRe.MatchString(l.text)
}

// bioRe opens an author's biography: "Jane Doe is a freelance writer
// based in …", "Jane joined the magazine in 2017.", "Anna Schmidt ist
// freie Journalistin …", "Ana Lima es periodista …"
var bioRe = regexp.MustCompile(`^(?:\p{Lu}[\pL.'’-]+\s){0,3}\p{Lu}[\pL'’-]+(?:\s\([^)]*\))?\s(?:is (?:an?|the) (?:[\pL-]+\s){0,6}(?:writer|reporter|journalist|editor|contributor|correspondent|columnist|author|educator|producer|blogger|freelancer|curator)|joined (?:[\pL-]+\s){0,3}(?:magazine|newspaper|news|times|post|staff|newsroom|desk)\b|has (?:been )?(?:covered|covering|reporting|written|writing)\s|writes\s|` +
	`(?:ist|war) (?:[\pL-]+\s){0,5}(?:Journalist|Redakteur|Autor|Reporter|Korrespondent|Kolumnist|Fotograf|Moderator|Chefredakteur|Herausgeber)(?:in)?\b|leitet (?:das|die|den) (?:Ressort|Redaktion|Team)\b|schreibt (?:seit|für|über)\s|` +
	`es (?:[\pL-]+\s){0,3}(?:periodista|redactora?|editora?|corresponsal|columnista)\b|é (?:[\pL-]+\s){0,3}(?:jornalista|repórter|editora?|colunista)\b|est (?:[\pL-]+\s){0,3}(?:journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se))\b)`)

func bioLine(l *line) bool {
	return l.weight <= 80 && bioRe.MatchString(l.text)
}

// tagCloud reports a long line of words with no punctuation at all, as a
// tag cloud or a run of link labels flattens to: "Bahn Basketball
// Baustelle Bildung Brand …". Prose of that length has commas or a full
// stop, and a headline is shorter. Scripts written without spaces or
// punctuation (Thai) are left alone.
func tagCloud(l *line) bool {
	if l.weight <= 30 || strings.ContainsAny(l.text, ".,;:!?。，、！？()\"“”'’«»–—") {
		return false
	}
	for _, r := range l.text {
		if r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF || r >= 0x2E80 {
			return false
		}
	}
	return true
}
