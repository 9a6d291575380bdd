package dashboard_test

import (
	"context"
	"net/url"
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
	f := setupWith(t, func(o *dashboard.Options) { o.Desk = demand.NewDesk(st, ps, 0) })
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

// TestManagerAnswersInTheWebChat: the inbox offers a reply form for a web chat only; a reply is saved into the
// conversation (for the person's next turn) and marks the hand-off taken.
func TestManagerAnswersInTheWebChat(t *testing.T) {
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
	for _, c := range []*wegwijzer.Conversation{
		{ID: "conv-web", Community: "zwolle", Platform: "web", State: "handoff", Handoff: "open", HandoffNote: &wegwijzer.HandoffNote{}},
		{ID: "conv-slack", Community: "zwolle", Platform: "slack", State: "handoff", Handoff: "open", HandoffNote: &wegwijzer.HandoffNote{}},
	} {
		if err := st.Save(ctx, c, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	f := setupWith(t, func(o *dashboard.Options) { o.Desk = demand.NewDesk(st, ps, time.Hour) })
	ev := func(id, platform, conv string) wegwijzer.DemandEvent {
		return wegwijzer.DemandEvent{ID: id, Time: now.Add(-30 * time.Minute), Community: "zwolle", Platform: platform,
			Outcome: wegwijzer.OutcomeHandoff, Person: "p-" + id, Conversation: "pc-" + id, Text: "kan iemand mij bellen",
			Handoff: &wegwijzer.HandoffNote{Theme: "verduurzaming"}, HandoffRef: ps.HandoffRef(conv)}
	}
	if err := f.log.Append(ctx, ev("rweb", "web", "conv-web"), ev("rslack", "slack", "conv-slack")); err != nil {
		t.Fatal(err)
	}
	_, page := f.do(t, "GET", "/dashboard/c/zwolle", zwolleUser, zwollePass, nil)
	if n := strings.Count(page, `action="/dashboard/c/zwolle/reply"`); n != 1 {
		t.Fatalf("%d reply forms, want 1 (the web chat only)", n)
	}
	csrf, _ := formValues(t, page)
	for _, tt := range []struct {
		name, event, text string
		code              int
	}{
		{"a Slack thread is answered in Slack", "rslack", "Ik bel je", 400},
		{"an empty answer", "rweb", " ", 400},
		{"an event of another community", "b1", "Ik bel je", 404},
		{"the web chat", "rweb", "Ik bel je morgen", 303},
	} {
		if code, body := f.do(t, "POST", "/dashboard/c/zwolle/reply", zwolleUser, zwollePass,
			url.Values{"csrf": {csrf}, "event": {tt.event}, "text": {tt.text}}); code != tt.code {
			t.Errorf("%s: %d, want %d\n%s", tt.name, code, tt.code, body)
		}
	}
	c, err := st.Load(ctx, "conv-web")
	if err != nil || len(c.HandoffReplies) != 1 || c.HandoffReplies[0].Text != "Ik bel je morgen" {
		t.Fatalf("conversation after the reply: %+v, %v", c, err)
	}
	if c, _ := st.Load(ctx, "conv-slack"); len(c.HandoffReplies) != 0 {
		t.Error("a reply went into the Slack conversation")
	}
	states, _ := f.log.HandoffStates(ctx)
	if states["rweb"] != wegwijzer.HandoffTaken || states["rslack"] != "" {
		t.Errorf("states after the reply: %v; want the answered hand-off taken", states)
	}
}
