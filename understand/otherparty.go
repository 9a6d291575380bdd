package understand

var (
	partyDeterminers = set(nlPartyDeterminers + " " + enPartyDeterminers)
	sayingVerbs      = set(nlSayingVerbs + " " + enSayingVerbs)
	accordingTo      = set(nlAccordingTo)
)

// ReportedBy reports whether the words ws[i:i+n] (lower case) name another party by whom the asker reports what
// was said: after a possessive or an article (with at most one word between, "mijn oude accountant"), and before a
// verb of saying, or after "volgens" ("according to" is two words: "according to my accountant"). Such a party
// ("mijn accountant zegt dat ik een bv moet worden", "de netbeheerder zegt dat er geen plek is", "my accountant
// told me") is someone the asker deals with, not the asker's trade.
func ReportedBy(ws []string, i, n int) bool {
	at := -1
	for j := i - 1; j >= max(0, i-2); j-- {
		if partyDeterminers[ws[j]] {
			at = j
			break
		}
	}
	if at < 0 {
		return false
	}
	if at > 0 && accordingTo[ws[at-1]] || at > 1 && ws[at-2] == "according" && ws[at-1] == "to" {
		return true
	}
	return i+n < len(ws) && sayingVerbs[ws[i+n]]
}
