package understand

import "slices"

// Someone coming into the asker's business, or starting one with them: "mijn partner wil mee in de zaak", "mijn
// broer wil instappen", "my friend wants to join my company", "we start a business together". What that takes is
// a legal form for two or more (a vof, a bv) and agreements between them, whatever the trade and whoever joins.

var (
	partnerWords = set(nlPartnerWords + " " + enPartnerWords)
	joinWords2   = set(nlJoinWords + " " + enJoinWords)
	comeVerbs    = set(nlComeVerbs + " " + enComeVerbs)
	together     = set(nlTogether + " " + enTogether)
	roleWords    = set(`partner compagnon zakenpartner vennoot aandeelhouder cofounder co-founder shareholder`)
	nlBecome     = set(nlBecomeVerbs)
)

// joinWindow is how far apart the person and the words of joining may stand ("mijn vriendin wil graag mee in de
// zaak").
const joinWindow = 6

// JoinsBusiness returns the positions in ws (lower-case words) of the words by which the asker says that someone
// comes into their business as a partner or starts one with them, or nil:
//   - a person ("partner", "compagnon", "broer", "friend") and coming into the business: "mee in de zaak", "in het
//     bedrijf stappen", "instappen", "mede-eigenaar worden", "join my company", "come into the business";
//   - becoming or taking on a partner: "compagnon worden", "een compagnon erbij", "become a partner", "take on a
//     partner";
//   - starting a business together (StartOf with "samen", "together", or "met mijn broer").
//
// An investor who comes in is money, not a partner in the work: "een investeerder wil instappen" is none of these.
func JoinsBusiness(ws []string) []int {
	for i, w := range ws {
		if !partnerWords[w] {
			continue
		}
		for k := max(0, i-joinWindow); k < min(len(ws), i+joinWindow+1); k++ {
			if k == i {
				continue
			}
			if joinWords2[ws[k]] || ws[k] == "mede" && k+1 < len(ws) && ws[k+1] == "eigenaar" || ws[k] == "co" && k+1 < len(ws) && ws[k+1] == "owner" {
				return []int{min(i, k), max(i, k)}
			}
			if at := intoBusiness(ws, k); at >= 0 {
				return []int{min(i, at), max(i, at)}
			}
		}
		if at := becomesPartner(ws, i); at != nil {
			return at
		}
	}
	if StartOf(ws).Starts() {
		for k, w := range ws {
			if together[w] {
				return []int{k}
			}
			if (w == "met" || w == "with") && k+2 < len(ws) && (determiners[ws[k+1]] || definite[ws[k+1]]) && partnerWords[ws[k+2]] {
				return []int{k, k + 2}
			}
		}
	}
	return nil
}

// becomesPartner returns the positions of becoming or taking on a partner in the business around the role word at
// ws[i] ("compagnon worden", "een compagnon erbij", "become a partner", "take on a partner", "bring in a partner"),
// or nil. The asker's own partner is someone in their life ("mijn partner wordt ziek"), not a role.
func becomesPartner(ws []string, i int) []int {
	if !roleWords[ws[i]] || i > 0 && possessives[ws[i-1]] {
		return nil
	}
	if i+1 < len(ws) && (nlBecome[ws[i+1]] || ws[i+1] == "erbij") {
		return []int{i, i + 1}
	}
	for _, k := range []int{i - 1, i - 2} {
		if k < 0 || k == i-2 && !determiners[ws[i-1]] {
			continue
		}
		switch ws[k] {
		case "become", "becoming", "erbij":
			return []int{k, i}
		case "on", "in":
			if k > 0 && (ws[k-1] == "take" || ws[k-1] == "taking" || ws[k-1] == "bring" || ws[k-1] == "bringing") {
				return []int{k - 1, i}
			}
		}
	}
	return nil
}

// intoBusiness returns the position of the business when ws[k] begins coming into one ("mee in de zaak", "in het
// bedrijf komen", "come into the business", "in mijn praktijk stappen"), or -1.
func intoBusiness(ws []string, k int) int {
	if !(comeVerbs[ws[k]] || ws[k] == "in" || ws[k] == "into") {
		return -1
	}
	j := k
	if comeVerbs[ws[j]] && j+1 < len(ws) && (ws[j+1] == "in" || ws[j+1] == "into") {
		j++
	}
	if ws[j] != "in" && ws[j] != "into" || j+2 >= len(ws) || !(determiners[ws[j+1]] || definite[ws[j+1]]) || !isBusinessAt(ws, j+2) {
		return -1
	}
	// "in de zaak" needs a verb of coming around it: "mee in de zaak", "in de zaak stappen", "come into the business".
	around := ws[max(0, k-1):min(len(ws), j+4)]
	if slices.ContainsFunc(around, func(w string) bool { return comeVerbs[w] || w == "into" }) {
		return j + 2
	}
	return -1
}
