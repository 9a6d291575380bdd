package dashboard_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

// TestInboxShowsSummaryAndContact: a hand-off in the inbox shows the summary from the demand log and the way to
// reach the person from its conversation (a real embedded store), to a manager of that community only, and says
// so when the conversation is gone.
func TestInboxShowsSummaryAndContact(t *testing.T) {
	ctx := context.Background()
	st, err := boltstore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ps, err := demand.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	const contact = "bel 06-12345678 na vijven"
	for _, c := range []*wegwijzer.Conversation{
		{ID: "conv-zwolle", Community: "zwolle", Platform: "web", State: "handoff", Handoff: "open",
			HandoffNote: &wegwijzer.HandoffNote{Theme: "verduurzaming", Contact: contact}},
		{ID: "conv-silent", Community: "zwolle", Platform: "web", State: "handoff", Handoff: "open",
			HandoffNote: &wegwijzer.HandoffNote{Theme: "verduurzaming"}},
	} {
		if err := st.Save(ctx, c, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	f := setupWith(t, func(o *dashboard.Options) { o.Desk = demand.NewDesk(st, ps) })
	note := func() *wegwijzer.HandoffNote {
		return &wegwijzer.HandoffNote{Theme: "verduurzaming", Slots: map[string]string{"region": "regio-zwolle", "size": "zzp"},
			Shown: []string{"eia"}, NotHelped: "te veel regels", Words: "ik wil minder gas verbruiken in mijn bakkerij"}
	}
	ev := func(id, community, conv string) wegwijzer.DemandEvent {
		return wegwijzer.DemandEvent{ID: id, Time: now.Add(-30 * time.Minute), Community: community, Platform: "web",
			Outcome: wegwijzer.OutcomeHandoff, Person: "p-" + id, Conversation: "pc-" + id, Text: "minder gas verbruiken",
			Handoff: note(), HandoffRef: ps.HandoffRef(conv)}
	}
	if err := f.log.Append(ctx, ev("hz", "zwolle", "conv-zwolle"), ev("hs", "zwolle", "conv-silent"),
		ev("hb", "breda", "conv-zwolle")); err != nil { // a breda event pointing at a zwolle conversation
		t.Fatal(err)
	}

	_, page := f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	for _, want := range []string{"Verduurzamen en energie", "plaats: Regio Zwolle", "grootte: zzp", "Energie-investeringsaftrek",
		"te veel regels", "ik wil minder gas verbruiken in mijn bakkerij", "Bereikbaar via: <strong>" + contact, "geen contactgegevens achtergelaten"} {
		if !strings.Contains(page, want) {
			t.Errorf("the zwolle inbox lacks %q", want)
		}
	}
	_, breda := f.do(t, "GET", "/dashboard/c/breda", "*", "all-token-0123456789abc", nil)
	if strings.Contains(breda, "06-12345678") || !strings.Contains(breda, "gesprek niet meer bewaard") {
		t.Error("a hand-off of breda shows the contact of a zwolle conversation")
	}

	// Erased (or expired): the summary stays, the contact is gone.
	if err := st.Delete(ctx, "conv-zwolle"); err != nil {
		t.Fatal(err)
	}
	_, page = f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	if strings.Contains(page, "06-12345678") || !strings.Contains(page, "gesprek niet meer bewaard") || !strings.Contains(page, "te veel regels") {
		t.Error("after erasure the inbox still shows the contact, or lost the summary")
	}
}
