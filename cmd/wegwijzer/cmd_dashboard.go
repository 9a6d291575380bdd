package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
)

const dashboardUsage = "want a subcommand: invite --role manager|analyst|admin [--community C] [--ttl 72h] NAME | sessions | revoke REF|NAME"

// runDashboard manages sign-in to the dashboard: invites, sessions, revocation. With the embedded store the
// commands need serve stopped (bbolt locks the file); with Redis they work while serve runs.
func runDashboard(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return usagef("%s", dashboardUsage)
	}
	subs := map[string]func(context.Context, env, []string) error{
		"invite":   runDashboardInvite,
		"sessions": runDashboardSessions,
		"revoke":   runDashboardRevoke,
	}
	run, ok := subs[args[0]]
	if !ok {
		if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			fmt.Fprintln(e.stderr, "Usage: wegwijzer dashboard SUBCOMMAND: "+strings.TrimPrefix(dashboardUsage, "want a subcommand: "))
			return nil
		}
		return usagef("unknown dashboard subcommand %q; %s", args[0], dashboardUsage)
	}
	return run(ctx, e, args[1:])
}

// runDashboardInvite prints a one-time sign-in link for one person.
func runDashboardInvite(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "dashboard invite")
	var c config
	c.flags(e, fs)
	role := fs.String("role", "", "manager (one community), analyst (aggregated pages only) or admin (everything)")
	community := fs.String("community", "", "the community a manager looks after")
	ttl := fs.Duration("ttl", 72*time.Hour, "how long the link can be used")
	base := fs.String("url", envOr(e, "WEGWIJZER_PUBLIC_URL", "http://127.0.0.1:8080"), "the server's public address (env WEGWIJZER_PUBLIC_URL)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("dashboard invite: give the name of the person (dashboard invite --role manager --community zwolle 'Anna de Boer')")
	}
	r, err := dashboard.ParseRole(*role)
	if err != nil {
		return usagef("dashboard invite: %v", err)
	}
	if *ttl <= 0 || *ttl > 30*24*time.Hour {
		return usagef("dashboard invite: --ttl must be between 1s and 720h")
	}
	u, err := url.Parse(*base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return usagef("dashboard invite: --url %q: want http(s)://host[:port]", *base)
	}
	if *community != "" {
		cat, err := loadCatalogue(c.contentDir)
		if err != nil {
			return err
		}
		if cat.Community(*community) == nil {
			var ids []string
			for _, cm := range cat.Communities {
				ids = append(ids, cm.ID)
			}
			return usagef("dashboard invite: unknown community %q (known: %s)", *community, strings.Join(ids, ", "))
		}
	}
	accounts, closeAccounts, err := openAccounts(c)
	if err != nil {
		return err
	}
	defer closeAccounts()
	token, inv, err := dashboard.NewInvite(ctx, accounts, strings.Join(pos, " "), r, *community, *ttl, time.Now())
	if err != nil {
		return usagef("%v", err)
	}
	link := strings.TrimRight(u.String(), "/") + "/dashboard/login?token=" + token
	fmt.Fprintln(e.stdout, link)
	fmt.Fprintf(e.stderr, "Invite for %s (%s%s), usable once until %s. Send the link privately; it is not shown again.\n",
		inv.Name, inv.Role, communitySuffix(inv.Community), inv.Expires.Local().Format("2006-01-02 15:04"))
	return nil
}

func communitySuffix(c string) string {
	if c == "" {
		return ""
	}
	return ", " + c
}

// runDashboardSessions lists the live sessions.
func runDashboardSessions(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "dashboard sessions")
	var c config
	c.flags(e, fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	accounts, closeAccounts, err := openAccounts(c)
	if err != nil {
		return err
	}
	defer closeAccounts()
	list, err := accounts.Sessions(ctx, time.Now())
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "No one is signed in.")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tNAME\tROLE\tCOMMUNITY\tSINCE\tUNTIL")
	for _, s := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", s.Ref(), s.Name, s.Role, orDash(s.Community),
			s.Created.Local().Format("2006-01-02 15:04"), s.Expires.Local().Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// runDashboardRevoke ends sessions by reference (from `dashboard sessions`) or by the person's name.
func runDashboardRevoke(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "dashboard revoke")
	var c config
	c.flags(e, fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("dashboard revoke: give a session REF (see 'wegwijzer dashboard sessions') or a NAME")
	}
	accounts, closeAccounts, err := openAccounts(c)
	if err != nil {
		return err
	}
	defer closeAccounts()
	n, err := accounts.Revoke(ctx, strings.Join(pos, " "))
	if err != nil {
		return err
	}
	if n == 0 {
		return errors.New("dashboard revoke: no session matches (a REF needs at least 6 characters)")
	}
	fmt.Fprintf(e.stdout, "Revoked %d session(s).\n", n)
	return nil
}
