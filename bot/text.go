package bot

import (
	"strings"
	"unicode"
)

// lang is a reply language: "nl" or "en".
type lang string

const (
	nl lang = "nl"
	en lang = "en"
)

// detectLanguage guesses whether a message is English; Dutch is the default. It counts words that are typical of
// one language and rare in the other.
func detectLanguage(text string) (l lang, sure bool) {
	var enCount, nlCount int
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if englishWords[w] {
			enCount++
		}
		if dutchWords[w] {
			nlCount++
		}
	}
	switch {
	case enCount > nlCount:
		return en, true
	case nlCount > enCount:
		return nl, true
	}
	return nl, false
}

var englishWords = set(`i i'm my we our you your the a an is are to for of and with how what where which can could
should would want need hire grant grants subsidy loan funding company business employee employees staff
start starting apprentice please do does get my small energy solar sustainable green export hello hi thanks
who when why there this that it from about any find looking`)

var dutchWords = set(`ik mijn wij we ons onze je jouw de het een is zijn voor van en met hoe wat waar welke kan
kun wil moet mag hulp bedrijf personeel subsidie lening geld starten graag dank hallo hoi iets er niet nog ook
om te bij naar op aan dat die dit zo zoek zoeken`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// msg is a text in both languages.
type msg struct{ nl, en string }

func (m msg) in(l lang) string {
	if l == en && m.en != "" {
		return m.en
	}
	return m.nl
}

var texts = struct {
	welcome, help, empty, tooLong, askTheme, askTopic, askSector, askRegion, askSize, answerIntro, answerIntroFew,
	noMatch, noMatchNext, feedbackAsk, feedbackThanks, feedbackSorry, restarted, handoff, handoffWaiting,
	privacy, erased, unavailable, groupMoney, groupRules, groupHelp, closed, nextStep msg
}{
	welcome: msg{"Hoi! Ik ben Wegwijzer. Stel je vraag over je bedrijf, bijvoorbeeld over verduurzamen, personeel of financiering.",
		"Hi! I am Wegwijzer. Ask me about your business, for example about sustainability, staff or financing."},
	help: msg{"Ik help je de juiste regeling, regel of hulp te vinden. Stel je vraag in gewone woorden, bijvoorbeeld: \"subsidie voor een elektrische bestelbus\". Ik stel soms een paar korte vragen en geef dan een paar passende regelingen met wie je kunt bellen.\nCommando's: opnieuw (begin opnieuw), privacy (wat ik bewaar), vergeet mij (wis je gegevens), mens (praat met een mens).",
		"I help you find the right scheme, rule or support. Ask in plain words, for example: \"grant for an electric van\". I may ask a few short questions, then give a few offers that fit and who to contact.\nCommands: restart, privacy (what I store), forget me (erase your data), human (talk to a person)."},
	empty:     msg{"Ik kreeg een leeg bericht. Wat wil je weten?", "I received an empty message. What would you like to know?"},
	tooLong:   msg{"Je bericht is te lang. Kun je je vraag korter stellen (maximaal 4000 tekens)?", "Your message is too long. Could you ask it in fewer words (at most 4,000 characters)?"},
	askTheme:  msg{"Waar gaat je vraag over?", "What is your question about?"},
	askTopic:  msg{"Wat wil je precies doen?", "What exactly do you want to do?"},
	askSector: msg{"In welke branche zit je bedrijf?", "Which sector is your business in?"},
	askSize:   msg{"Hoe groot is je bedrijf? Niet elke regeling is er voor elke omvang.", "How big is your business? Not every scheme is for every size."},
	askRegion: msg{"Waar zit je bedrijf? Noem je gemeente of provincie, dan zoek ik ook regionale hulp.", "Where is your business? Name your municipality or province and I will include regional support."},
	answerIntro: msg{"Dit zijn de regelingen en hulp die het best bij je vraag passen:",
		"These are the schemes and support that fit your question best:"},
	answerIntroFew: msg{"Dit past bij je vraag:", "This fits your question:"},
	noMatch: msg{"Daar heb ik helaas geen goed antwoord op. Ik noteer je vraag, zodat we ons aanbod kunnen verbeteren.",
		"I am sorry, I have no good answer to that. I have noted your question so that we can improve what we offer."},
	noMatchNext: msg{"Kijk op ondernemersplein.overheid.nl of vraag het KVK Adviesteam via kvk.nl. Of typ \"mens\" om een community manager te spreken.",
		"See business.gov.nl or ask the KVK advice team via kvk.nl. Or type \"human\" to reach a community manager."},
	feedbackAsk:    msg{"Heeft dit geholpen?", "Did this help?"},
	feedbackThanks: msg{"Fijn! Succes ermee. Je kunt altijd een nieuwe vraag stellen.", "Great! Good luck. You can ask a new question at any time."},
	feedbackSorry: msg{"Jammer. Vertel me wat je precies zoekt, kies een ander onderwerp, of typ \"mens\" om een community manager te spreken.",
		"Sorry about that. Tell me more precisely what you need, pick another topic, or type \"human\" to reach a community manager."},
	restarted: msg{"We beginnen opnieuw. Wat is je vraag?", "Let's start over. What is your question?"},
	handoff: msg{"Ik heb je vraag doorgezet naar een community manager. Die neemt contact met je op in dit gesprek. Tot die tijd reageer ik niet; typ \"opnieuw\" om weer met mij verder te gaan.",
		"I have passed your question to a community manager, who will get back to you in this conversation. Until then I will stay quiet; type \"restart\" to continue with me."},
	handoffWaiting: msg{"Een community manager komt bij je terug. Typ \"opnieuw\" om weer met mij verder te gaan.",
		"A community manager will get back to you. Type \"restart\" to continue with me."},
	privacy: msg{"Wat ik bewaar: je vragen, zonder namen, e-mailadressen, telefoonnummers en andere persoonsgegevens, onder een code in plaats van je naam. Het gesprek zelf vergeet ik na 24 uur zonder berichten; de opgeschoonde vragen bewaar ik maximaal 90 dagen om het aanbod voor ondernemers te verbeteren, daarna alleen als tellingen. Typ \"vergeet mij\" om alles van jou direct te wissen.",
		"What I store: your questions, without names, e-mail addresses, phone numbers or other personal data, under a code instead of your name. I forget the conversation itself after 24 hours without messages; the cleaned questions are kept at most 90 days to improve support for entrepreneurs, and after that only as counts. Type \"forget me\" to erase everything of yours now."},
	erased:      msg{"Klaar: ik heb je gesprekken en vragen gewist.", "Done: I have erased your conversations and questions."},
	unavailable: msg{"Het lukt me nu even niet om je vraag te verwerken. Probeer het over een paar minuten opnieuw.", "I cannot handle your question right now. Please try again in a few minutes."},
	groupMoney:  msg{"Geld", "Money"},
	groupRules:  msg{"Regels", "Rules"},
	groupHelp:   msg{"Hulp en advies", "Help and advice"},
	closed:      msg{"gesloten", "closed"},
	nextStep:    msg{"Volgende stap", "Next step"},
}
