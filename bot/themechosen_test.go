package bot_test

import (
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestChosenThemeIsSearched: a broad question whose words say nothing ("help met mijn bedrijf") narrowed with the
// theme menu is answered about the theme chosen, whether by button or typed, also when a later answer is typed
// instead of a button.
func TestChosenThemeIsSearched(t *testing.T) {
	money := []string{"qredits", "bmkb", "kredietunie", "innovatiekrediet", "microkrediet", "oost-nl", "crowdfunding", "borgstelling-mkb-kredieten"}
	for _, tt := range []struct {
		name  string
		steps []string
		any   []string
	}{
		{"buttons", []string{"help met mijn bedrijf", "theme:financiering", "region:provincie-overijssel", "size:klein"}, money},
		{"typed theme, a sector and size for the branch question", []string{"help met mijn bedrijf", "geld", "bakkerij met 3 man", "in de buurt van Zwolle"}, money},
		{"typed", []string{"help met mijn bedrijf", "geld", "Zwolle", "3"}, money},
		{"English", []string{"help with my business", "money", "Utrecht", "just me"}, money},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			var steps []step
			for i, s := range tt.steps {
				k := wegwijzer.ReplyClarify
				if i == len(tt.steps)-1 {
					k = wegwijzer.ReplyAnswer
				}
				steps = append(steps, step{say: s, kind: k})
			}
			r := run(t, e, "chosen-"+tt.name, steps)
			last := r[len(r)-1]
			var ids []string
			for _, o := range last.Offers {
				ids = append(ids, o.ID)
			}
			if len(ids) == 0 || !slices.ContainsFunc(ids[:min(3, len(ids))], func(id string) bool { return slices.Contains(tt.any, id) }) {
				t.Errorf("offers %v, want money among the first three (one of %v)", ids, tt.any)
			}
		})
	}
}
