package understand

import "strings"

// Dutch separable verbs split in a main clause: "hoe schrijf ik mijn bedrijf in bij de KVK" is about
// "inschrijven", "hoe vraag ik subsidie aan" about "aanvragen". Searched as they stand, "schrijf" finds
// "uitschrijven" as readily as "inschrijven". joinSeparable puts the infinitive in place of the finite verb and
// drops the particle, when the particle follows the verb in the same sentence and is not the start of a phrase
// ("in de krant").

// separable maps a finite form to its infinitive per particle.
var separable = separableVerbs()

func separableVerbs() map[string]map[string]string {
	m := map[string]map[string]string{}
	for _, v := range []struct{ forms, particle, infinitive string }{
		{"schrijf schrijft schrijven schreef schreven", "in", "inschrijven"},
		{"schrijf schrijft schrijven schreef schreven", "uit", "uitschrijven"},
		{"vraag vraagt vroeg vroegen", "aan", "aanvragen"},
		{"vraag vraagt vroeg vroegen", "terug", "terugvragen"},
		{"neem neemt nemen nam namen", "aan", "aannemen"},
		{"neem neemt nemen nam namen", "over", "overnemen"},
		{"neem neemt nemen nam namen", "op", "opnemen"},
		{"zeg zegt zei zeiden", "op", "opzeggen"},
		{"sluit sloot sloten", "af", "afsluiten"},
		{"draag draagt dragen droeg droegen", "af", "afdragen"},
		{"draag draagt dragen droeg droegen", "over", "overdragen"},
		{"geef geeft gaf gaven", "aan", "aangeven"},
		{"geef geeft gaf gaven", "op", "opgeven"},
		{"vul vult vulde vulden", "in", "invullen"},
		{"dien dient diende dienden", "in", "indienen"},
		{"meld meldt meldde meldden", "aan", "aanmelden"},
		{"meld meldt meldde meldden", "af", "afmelden"},
		{"huur huurt huurde huurden", "in", "inhuren"},
		{"bouw bouwt bouwde bouwden", "op", "opbouwen"},
		{"zet zette zetten", "op", "opzetten"},
		{"volg volgt volgen volgde volgden", "op", "opvolgen"},
		{"zet zette zetten", "voort", "voortzetten"},
		{"richt richtte richtten", "op", "oprichten"},
		{"start startte startten", "op", "opstarten"},
		{"stop stopt stopte stopten", "mee", "stoppen"},
		{"trek trekt trekken trok trokken", "af", "aftrekken"},
		{"schrijf schrijft schrijven schreef schreven", "af", "afschrijven"},
		{"leg legt leggen legde legden", "vast", "vastleggen"},
		{"schaf schaft schaffen schafte schaften", "aan", "aanschaffen"},
		{"betaal betaalt betalen betaalde betaalden", "terug", "terugbetalen"},
		{"breid breidt breiden breidde breidden", "uit", "uitbreiden"},
		{"besteed besteedt besteden besteedde besteedden", "uit", "uitbesteden"},
		{"stap stapt stappen stapte stapten", "over", "overstappen"},
	} {
		for _, f := range strings.Fields(v.forms) {
			if m[f] == nil {
				m[f] = map[string]string{}
			}
			m[f][v.particle] = v.infinitive
		}
	}
	return m
}

// infinitives are the joined infinitives of the table ("inschrijven", "aannemen"): written apart around "te"
// ("om me in te schrijven", "een werknemer aan te nemen") they are joined too.
var infinitives = func() map[string]bool {
	m := map[string]bool{}
	for _, ps := range separable {
		for _, inf := range ps {
			m[inf] = true
		}
	}
	return m
}()

// phraseStarts are the words after which a particle is a preposition ("in de krant"), not the verb's particle: a
// determiner, or a word that opens a noun phrase as one does.
var phraseStarts = set(nlDeterminers + ` elk elke alle welke wat geen`)

// JoinSeparable rewrites the separable verbs of a text as Parse does for Message.Search ("hoe bouw ik pensioen op"
// is "hoe opbouwen ik pensioen"), so that what a message is compared with is read the same way: the index joins
// them in the example questions too.
func JoinSeparable(text string) string { return joinSeparable(text) }

// joinSeparable rewrites the separable verbs of a text (lower case words, as words gives them).
func joinSeparable(text string) string {
	ws := words(text)
	changed := plainIntent(ws)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i+1] == "te" && infinitives[ws[i]+ws[i+2]] {
			ws[i], ws[i+1], ws[i+2] = ws[i]+ws[i+2], "", ""
			changed = true
		}
	}
	for i, w := range ws {
		particles := separable[w]
		if particles == nil {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+maxSeparableGap; j++ {
			inf, ok := particles[ws[j]]
			if !ok || (j+1 < len(ws) && (phraseStarts[ws[j+1]] || isNumber(ws[j+1]))) {
				continue
			}
			ws[i], ws[j] = inf, ""
			changed = true
			break
		}
	}
	if !changed {
		return text
	}
	return strings.Join(strings.Fields(strings.Join(ws, " ")), " ")
}

// maxSeparableGap is how many words may stand between the verb and its particle.
const maxSeparableGap = 8

func isNumber(w string) bool { return w != "" && strings.Trim(w, "0123456789.,") == "" }

// plainIntent rewrites an English verb of intending as "want", which says nothing to search: "planning to open a
// nail salon" asks what "I want to open a nail salon" asks, and "plan" would find the plan of action of the RI&E
// and the payment plan. A plan as a noun ("a plan to grow", "our plans to export", "business plan") stays. It
// reports whether it changed a word.
func plainIntent(ws []string) bool {
	changed := false
	for i := 0; i+2 < len(ws); i++ {
		switch ws[i] {
		case "planning", "plan", "plans", "intend", "intending":
		default:
			continue
		}
		if (ws[i+1] == "to" || ws[i+1] == "on") && (i == 0 || !determiners[ws[i-1]] && !possessives[ws[i-1]] && ws[i-1] != "business") {
			ws[i] = "want"
			changed = true
		}
	}
	return changed
}
