package index

import (
	"context"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// A function word typed as in a chat ("mn" for mijn, "zn" for zijn, "ff" for even) is a function word: the question
// finds what the spelled-out question finds, with the same scores.
func TestChatSpellingIsNoContentWord(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct{ chat, plain string }{
		{"mn zaak overdragen aan mn dochter", "mijn zaak overdragen aan mijn dochter"},
		{"kan ik ff vragen of zn bakkerij subsidie krijgt", "kan ik even vragen of zijn bakkerij subsidie krijgt"},
	}
	for _, tc := range tests {
		chat, err := ix.Search(context.Background(), wegwijzer.Query{Text: tc.chat})
		if err != nil {
			t.Fatal(err)
		}
		plain, err := ix.Search(context.Background(), wegwijzer.Query{Text: tc.plain})
		if err != nil {
			t.Fatal(err)
		}
		if len(chat.Results) != len(plain.Results) {
			t.Fatalf("%q: %d results, %q: %d", tc.chat, len(chat.Results), tc.plain, len(plain.Results))
		}
		for i := range chat.Results {
			c, p := chat.Results[i], plain.Results[i]
			if c.Offer.ID != p.Offer.ID || c.Score != p.Score {
				t.Errorf("%q: result %d is %s %.3f, %q: %s %.3f", tc.chat, i, c.Offer.ID, c.Score, tc.plain, p.Offer.ID, p.Score)
			}
		}
	}
}
