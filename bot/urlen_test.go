package bot_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestRepliesLinkThePageInTheirLanguage: an offer with an English page (url_en) links it on its card and in the
// answer to "how do I apply?" in an English conversation, and links its Dutch page in a Dutch one.
func TestRepliesLinkThePageInTheirLanguage(t *testing.T) {
	cat, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{})
	for i, tt := range []struct{ id, lang, say, apply string }{
		{"handelsmissies", "en", "we want to join a trade mission to Vietnam", "how do I sign up?"},
		{"handelsmissies", "nl", "wij willen mee op handelsmissie naar Vietnam", "hoe meld ik me aan voor de handelsmissie?"},
		{"eia", "en", "is there a tax deduction when we insulate the roof of our workshop", "how do I apply?"},
		{"eia", "nl", "is er fiscaal voordeel als we het dak van de werkplaats isoleren", "hoe vraag ik het aan?"},
	} {
		t.Run(tt.say, func(t *testing.T) {
			o := cat.Offer(tt.id)
			if o == nil || o.URLEN == "" || o.URLEN == o.URL {
				t.Fatalf("offer %s: want a url_en beside its url", tt.id)
			}
			conv := fmt.Sprintf("url-en-%d", i)
			r := ask(t, e, conv, tt.say)
			if r.Language != tt.lang {
				t.Fatalf("reply in %q, want %q: the link to check depends on it", r.Language, tt.lang)
			}
			want, not := o.URL, o.URLEN
			if tt.lang == "en" {
				want, not = o.URLEN, o.URL
			}
			var card *wegwijzer.OfferRef
			for j := range r.Offers {
				if r.Offers[j].ID == tt.id {
					card = &r.Offers[j]
				}
			}
			if card == nil {
				t.Fatalf("offers %v (%s), want %s", offerIDs(r), r.Language, tt.id)
			}
			if card.URL != want {
				t.Errorf("%s card links %s, want %s", r.Language, card.URL, want)
			}
			fu := ask(t, e, conv, tt.apply)
			if all := fu.Text + " " + fu.NextStep; strings.Contains(all, not) || !strings.Contains(all, want) {
				t.Errorf("%s follow-up %q, want a link to %s and none to %s", r.Language, all, want, not)
			}
		})
	}
}
