package index

import (
	"slices"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// factor is what the asker and the question say about an offer: the sort of help and the topic asked for, the
// asker's region, sector and size, and whether the scheme still runs.
func (ix *Index) factor(o *wegwijzer.Offer, u *understanding, size, region, sector string, themes []string) float64 {
	f := 1.0
	if slices.Contains(u.kinds, o.Kind) {
		f *= kindBoost
	}
	if hasAny(o.Topics, u.topics) || len(o.Topics) == 0 && slices.ContainsFunc(u.topics, func(tp string) bool { return slices.Contains(o.Themes, ix.topicTheme[tp]) }) {
		f *= topicBoost // an offer without topics is for its whole theme: MIA/Vamil is for electric vans too
	}
	if (hasAny(o.Themes, themes) && !(u.themeChosen && otherTopic(o, u.topics))) || u.trouble && slices.Contains(o.Themes, "zwaar-weer") {
		// A business short of money asks in the theme of business in difficulty, whether or not it names it ("ik
		// kan mijn btw niet betalen": the payment arrangement before the VAT basics).
		f *= themeBoost
	}
	if plainMoney(themes) && (slices.Contains(u.kinds, wegwijzer.KindLeningGarantie) || u.starts && u.money) && ix.forPurpose[o.ID] {
		// "a loan for my café", "ik start een kapsalon en zoek financiering": Qredits, the credit unions and the BMKB
		// before the Innovatiekrediet
		f *= otherPurpose
	}
	if !o.IsNational() {
		switch {
		case region == "":
			f *= ix.unknownRegionFactor(o) // only when it fits well: we do not know where the asker is
		case ix.servesAll(o, region):
			f *= regionalBoost
		default:
			// An offer for a part of the asker's region (Werkgeversservicepunt Achterhoek for "Gelderland", chosen
			// by button): the asker may be anywhere in it, so where in it is as unknown as without a region. It is
			// not the province's offer, and came before the national Werkgeversservicepunt that finds theirs.
			f *= ix.unknownRegionFactor(o)
		}
	}
	if sector != "" && len(o.Sectors) > 0 {
		if slices.Contains(o.Sectors, sector) {
			// An offer for most sectors is not one for the asker's: only those of every sector but a few are left out
			// (BMKB-Groen, all but farming and fishing, came before the plain BMKB and Qredits for "a loan for my café").
			if 2*len(o.Sectors) <= len(ix.cat.Sectors) {
				f *= sectorBoost
			}
		} else {
			f *= otherSector
		}
	}
	if size != "" && len(o.Sizes) > 0 && !slices.Contains(o.Sizes, size) {
		f *= otherSize
	}
	if forOtherLegalForm(u.legalForm, o.LegalForm) {
		f *= otherLegalForm // the zelfstandigenaftrek for a bv, the innovation box for an eenmanszaak
	}
	if u.euNational && o.Nationality == wegwijzer.NationalityNonEU {
		f *= otherNationality // the start-up visa for a German founder, the knowledge-migrant scheme for Polish workers
	} else if o.Nationality == wegwijzer.NationalityNonEU && !u.abroad && !ix.namesOffer(u, o.ID) {
		f *= otherNationality // a permit to stay, for a question that says nothing of coming from abroad ("permit")
	} else if o.Nationality == wegwijzer.NationalityNonEU && u.abroad && u.starts && slices.Contains(o.Themes, "starten") {
		f *= ownNationality // "I am not from the EU and want to start my own business": the start-up visa is for them
	}
	if o.Audience == wegwijzer.AudienceBenefit && !u.benefit && !ix.namesOffer(u, o.ID) &&
		!(slices.Contains(o.Themes, "zwaar-weer") && (u.trouble || slices.Contains(u.themes, "zwaar-weer"))) &&
		!(u.starts && u.money) {
		// the Bbz for "ik wil een dierenwinkel beginnen": for a starter on welfare, a business in money trouble, or
		// one of the ways to money for a starter who asks for it
		f *= otherAudience
	}
	if o.Audience == wegwijzer.AudienceTrouble && !u.trouble && !slices.Contains(themes, "zwaar-weer") && !ix.holdsName(u, o) {
		// the payment arrangement for "btw betalen": paying VAT is no trouble until the asker says they cannot
		f *= otherTrouble
	}
	if u.starts && u.money && o.Kind == wegwijzer.KindLeningGarantie && slices.Contains(o.Themes, "starten") &&
		o.Audience == "" {
		if !slices.Contains(o.Themes, "innovatie") || slices.Contains(themes, "innovatie") {
			f *= starterMoney // "ik wil een schoonmaakbedrijf beginnen, is er geld om te starten?": loans for starters
		} else {
			// Money for innovative starters (Vroegefasefinanciering, Seed Capital) is for a starter who says they
			// innovate: "ik start een kapsalon en zoek financiering" got the VFF first, before Qredits.
			f *= otherPurpose
		}
	}
	if o.Status == wegwijzer.StatusGesloten {
		f *= closedFactor
	}
	return f
}

// forOtherLegalForm reports whether help for the class of legal forms of is for another class than the asker's
// (asker): both known and different. Help for any legal form, or an asker whose form is unknown, is none.
func forOtherLegalForm(asker, of string) bool {
	return asker != "" && of != "" && of != asker
}

// otherTopic reports whether the question names topics and the offer is on others only: the works council (topic
// employer's rules) for "personeel vinden" is in the theme of staff, but not on what is asked. It counts where the
// theme was chosen in the dialogue (u.themeChosen), which is broader than the topic the asker's words name ("ik wil
// groeien", the theme of staff, "personeel"); in a question alone theme and topic come from the same words.
func otherTopic(o *wegwijzer.Offer, topics []string) bool {
	return len(topics) > 0 && len(o.Topics) > 0 && !hasAny(o.Topics, topics)
}

// purposeThemes are the themes that say what money is for. An offer whose title names one by a word of it
// ("Innovatiekrediet", "Exportkredietverzekering") pays for that purpose; a fund in such a theme whose title names
// none (MKB Fonds Drenthe) is money for any purpose. Sustainability is not among them: without the BMKB-Groen
// (whose sectors differ) a plain loan question in the dialogue was no longer asked its sector, and answered a turn
// earlier than the rubric wants (dialog7).
var purposeThemes = map[string]bool{"innovatie": true, "internationaal": true, "digitalisering": true}

// purposeTitles returns the offers whose title, Dutch or English, has a word (or a part of a compound) of a purpose
// theme in one of their own themes.
func (ix *Index) purposeTitles() map[string]bool {
	out := map[string]bool{}
	for _, o := range ix.cat.Offers {
		for _, w := range slices.Concat(words(o.Title), words(o.TitleEN)) {
			for _, p := range append([]string{w}, ix.decompound(w)...) {
				if th, ok := ix.themes[ix.stem(p)]; ok && purposeThemes[th] && slices.Contains(o.Themes, th) {
					out[o.ID] = true
				}
			}
		}
	}
	return out
}

// plainMoney reports whether the question is about money and nothing else: financing its only theme, or with
// starting ("a loan to start my business"): starting is no purpose an offer pays for, money to start is money for
// any purpose.
func plainMoney(themes []string) bool {
	return slices.Contains(themes, "financiering") &&
		!slices.ContainsFunc(themes, func(th string) bool { return th != "financiering" && th != "starten" })
}

// servesAll reports whether the offer is for all of the asker's region: one of its regions is that region or
// contains it. An offer that applies only because its region lies inside the asker's, or partly in it, is not.
func (ix *Index) servesAll(o *wegwijzer.Offer, region string) bool {
	for _, r := range o.Regions {
		if r == region || r == wegwijzer.National || slices.Contains(ix.cat.Geography.Ancestors(region), r) {
			return true
		}
	}
	return false
}

// unknownRegionFactor lowers a regional offer for an asker whose region is unknown: the smaller its area, the
// less likely it is theirs.
func (ix *Index) unknownRegionFactor(o *wegwijzer.Offer) float64 {
	f := 0.0
	for _, r := range o.Regions {
		p := ix.cat.Geography.Place(r)
		if p == nil {
			continue
		}
		switch p.Kind {
		case content.KindProvincie:
			f = max(f, provinceUnknown)
		case content.KindRegio, content.KindCorop:
			f = max(f, regionUnknown)
		default:
			f = max(f, communityUnknown)
		}
	}
	return f
}
