package dashboard_test

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

const zwolleUser, zwollePass = "zwolle", "zwolle-token-0123456789"

func formValues(t *testing.T, page string) (csrf, item string) {
	t.Helper()
	c := regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`).FindStringSubmatch(page)
	i := regexp.MustCompile(`name="item" value="([^"]+)"`).FindStringSubmatch(page)
	if c == nil || i == nil {
		t.Fatalf("page lacks the review form:\n%s", page)
	}
	return c[1], i[1]
}

func TestOfferPickerFindsOffersByTitle(t *testing.T) {
	for _, tt := range []struct {
		name, typed string
		code        int
		want        string // on the page answered, when not a redirect
		offer       string // linked, on success
	}{
		{"a unique word of the title", "qredits", 303, "", "qredits"},
		{"the exact title", "KVK Adviesteam en advies", 303, "", "kvk-advies"},
		{"the id still works", "kvk-advies", 303, "", "kvk-advies"},
		{"several titles: pick one", "subsidie", 400, "Welk aanbod bedoelt u?", ""},
		{"nothing found, said in Dutch", "xyzzy-bestaat-niet", 400, "Geen aanbod gevonden", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := setup(t)
			_, page := f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
			csrf, item := formValues(t, page)
			code, body := f.do(t, "POST", "/dashboard/c/zwolle/link", zwolleUser, zwollePass, url.Values{"csrf": {csrf}, "item": {item}, "offer": {tt.typed}})
			if code != tt.code || !strings.Contains(body, tt.want) {
				t.Fatalf("link %q: %d, want %d with %q\n%s", tt.typed, code, tt.code, tt.want, body)
			}
			links, _ := f.log.Links(context.Background())
			if tt.offer == "" {
				if len(links) != 0 {
					t.Errorf("stored %v, want no link", links)
				}
				if tt.code == 400 && strings.Contains(tt.want, "Welk") && !strings.Contains(body, `name="offer" value="`) {
					t.Error("the pick page offers no candidates to press")
				}
				return
			}
			if len(links) != 1 || links[0].OfferID != tt.offer {
				t.Errorf("stored %v, want one link to %s", links, tt.offer)
			}
		})
	}
}

func TestUndoALink(t *testing.T) {
	f := setup(t)
	_, page := f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	csrf, item := formValues(t, page)
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/link", zwolleUser, zwollePass, url.Values{"csrf": {csrf}, "item": {item}, "offer": {"qredits"}}); code != 303 {
		t.Fatalf("link: %d", code)
	}
	_, page = f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	if !strings.Contains(page, "Gekoppeld aan <strong>Qredits") || !strings.Contains(page, "/unlink") {
		t.Fatalf("a linked item shows neither its offer's title nor an undo button:\n%s", page)
	}
	// Another community's manager cannot undo it.
	if code, _ := f.do(t, "POST", "/dashboard/c/breda/unlink", zwolleUser, zwollePass, url.Values{"csrf": {csrf}, "item": {item}}); code != 403 {
		t.Errorf("undo in another community: %d, want 403", code)
	}
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/unlink", zwolleUser, zwollePass, url.Values{"csrf": {csrf}, "item": {item}}); code != 303 {
		t.Fatalf("undo: %d, want 303", code)
	}
	links, _ := f.log.Links(context.Background())
	if len(links) != 1 || links[0].OfferID != "" || len(links[0].Questions) != 0 {
		t.Errorf("after undo the stored link is %+v, want one without offer or words", links)
	}
	_, page = f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	if strings.Contains(page, "Gekoppeld aan") || !strings.Contains(page, `list="offers"`) {
		t.Error("after undo the item is not offered for linking again")
	}
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/unlink", zwolleUser, zwollePass, url.Values{"csrf": {csrf}, "item": {item}}); code != 404 {
		t.Errorf("undo twice: %d, want 404", code)
	}
}

func TestInboxShowsTheConversationAndTheMonth(t *testing.T) {
	f := setup(t)
	// The conversation of the fixture's hand-off (c9, an hour ago) asked two questions before: the hand-off is
	// how the second one ended, the first is the conversation's history.
	first := wegwijzer.DemandEvent{ID: "h-2", Time: now.Add(-3 * time.Hour), Community: "zwolle", Platform: "slack",
		Outcome: wegwijzer.OutcomeNoMatch, Person: "p9", Conversation: "c9", Text: "waar vind ik een accountant"}
	second := wegwijzer.DemandEvent{ID: "h-1", Time: now.Add(-2 * time.Hour), Community: "zwolle", Platform: "slack",
		Outcome: wegwijzer.OutcomeAnswered, Person: "p9", Conversation: "c9", Themes: []string{"verduurzaming"}, Text: "welke subsidie is er voor zonnepanelen"}
	if err := f.log.Append(context.Background(), first, second); err != nil {
		t.Fatal(err)
	}
	_, page := f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	for _, want := range []string{"<strong>welke subsidie is er voor zonnepanelen</strong>", "Eerder in dit gesprek (1)", "<li>waar vind ik een accountant</li>",
		"Wat de community deze maand vroeg", "<svg", "Verduurzaming"} {
		if !strings.Contains(page, want) {
			t.Errorf("the manager's page lacks %q", want)
		}
	}
	if strings.Contains(page, "1 vragen") {
		t.Error(`the page says "1 vragen"`)
	}
}

func TestReviewListPages(t *testing.T) {
	f := setup(t)
	var evs []wegwijzer.DemandEvent
	for i := range 30 {
		evs = append(evs, wegwijzer.DemandEvent{ID: fmt.Sprintf("pg%d", i), Time: now.Add(-time.Duration(i) * time.Minute), Community: "zwolle",
			Platform: "slack", Outcome: wegwijzer.OutcomeNoMatch, Person: fmt.Sprintf("pg-p%d", i), Conversation: fmt.Sprintf("pg-c%d", i),
			Text: fmt.Sprintf("vraag over onderwerp%c%c", 'a'+i/26, 'a'+i%26)})
	}
	if err := f.log.Append(context.Background(), evs...); err != nil {
		t.Fatal(err)
	}
	count := func(page string) int { return strings.Count(page, `<tr id="item-`) }
	_, first := f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	_, second := f.do(t, "GET", "/dashboard/c/zwolle?p=2", zwolleUser, zwollePass, nil)
	_, beyond := f.do(t, "GET", "/dashboard/c/zwolle?p=99", zwolleUser, zwollePass, nil)
	if count(first) != 25 || !strings.Contains(first, "Pagina 1 van 2") || !strings.Contains(first, `href="?p=2#review"`) {
		t.Errorf("first page: %d items, want 25 and a link to page 2", count(first))
	}
	if count(second) != 6 || !strings.Contains(second, "Pagina 2 van 2") {
		t.Errorf("second page: %d items, want the other 6", count(second))
	}
	if count(beyond) != count(second) {
		t.Errorf("a page past the end shows %d items, want the last page", count(beyond))
	}
}
