package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	slackadapter "github.com/wegwijzer/wegwijzer/adapters/slack"
)

// slackAdapter switches the Slack adapter on when Slack variables are set: SLACK_BOT_TOKEN with SLACK_APP_TOKEN
// (Socket Mode) and/or SLACK_SIGNING_SECRET (the Events API endpoints under /slack/). SLACK_API_URL replaces
// Slack's Web API base. It never contacts Slack: the adapter's run does, and retries while Slack is unreachable.
func slackAdapter(ctx context.Context, e env, sys *system, log *slog.Logger) (*adapter, error) {
	botToken := envOr(e, "SLACK_BOT_TOKEN", "")
	appToken := envOr(e, "SLACK_APP_TOKEN", "")
	secret := envOr(e, "SLACK_SIGNING_SECRET", "")
	if botToken == "" && appToken == "" && secret == "" {
		return nil, nil
	}
	switch {
	case botToken == "":
		return nil, fmt.Errorf("slack: SLACK_BOT_TOKEN (xoxb-...) is required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET")
	case strings.HasPrefix(botToken, "xapp-"):
		return nil, fmt.Errorf("slack: SLACK_BOT_TOKEN holds an app-level token (xapp-...); it needs the bot token (xoxb-...) and SLACK_APP_TOKEN the app-level one")
	case appToken == "" && secret == "":
		return nil, fmt.Errorf("slack: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (Events API over HTTP) besides SLACK_BOT_TOKEN")
	case appToken != "" && !strings.HasPrefix(appToken, "xapp-"):
		return nil, fmt.Errorf("slack: SLACK_APP_TOKEN must be an app-level token (xapp-...) with the connections:write scope")
	}
	a, err := slackadapter.New(sys.engine, sys.store, sys.cat, slackadapter.Options{
		BotToken: botToken, AppToken: appToken, SigningSecret: secret,
		APIURL: envOr(e, "SLACK_API_URL", ""), Log: log,
	})
	if err != nil {
		return nil, err
	}
	ad := &adapter{name: "slack", run: a.Run, close: a.Close}
	if secret != "" {
		ad.routes = a.Routes()
	}
	transports := []string{}
	if appToken != "" {
		transports = append(transports, "socket mode")
	}
	if secret != "" {
		transports = append(transports, "events api on /slack/events, /slack/interactive, /slack/commands")
	}
	log.Info("slack adapter configured", "transports", strings.Join(transports, "; "))
	return ad, nil
}
