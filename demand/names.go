package demand

import (
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// Scrubber returns the scrubber for the catalogue: it finds names of people by their shape too, and never takes
// the catalogue's proper nouns for one (places, offer titles and aliases, providers, communities, themes,
// sectors).
func Scrubber(cat *content.Catalogue) *scrub.Scrubber { return scrub.New(ProperNouns(cat)) }

// ProperNouns returns the names the catalogue knows that are no person's: places with their other names, the
// titles, aliases and providers of offers, who the next steps name, communities, themes, topics and sectors.
func ProperNouns(cat *content.Catalogue) []string {
	var out []string
	for _, o := range cat.Offers {
		out = append(out, o.Title, o.TitleEN, o.Provider, o.NextStep.Who)
		out = append(out, o.Aliases...)
		out = append(out, o.Keywords...)
	}
	for _, c := range cat.Communities {
		out = append(out, c.Name)
	}
	for _, th := range cat.Themes {
		out = append(out, th.Label, th.LabelEN)
		for _, tp := range th.Topics {
			out = append(out, tp.Label, tp.LabelEN)
		}
	}
	for _, s := range cat.Sectors {
		out = append(out, s.Label, s.LabelEN)
	}
	if cat.Geography != nil {
		for _, kind := range []content.PlaceKind{content.KindLand, content.KindProvincie, content.KindRegio, content.KindCorop, content.KindGemeente} {
			for _, p := range cat.Geography.Places(kind) {
				out = append(out, p.Name)
				out = append(out, p.AltNames...)
			}
		}
	}
	return out
}
