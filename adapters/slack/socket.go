package slack

import (
	"context"
	"encoding/json"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// runSocket keeps a Socket Mode connection until ctx is done. slack-go's RunContext reconnects by itself when Slack
// asks it to and retries a failing connection; it returns when it gives up (for example invalid_auth). This loop
// starts it again after a backoff, so a revoked and restored token or a long outage heals without a restart.
func (a *Adapter) runSocket(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	connected := make(chan struct{}, 1)
	go a.readSocket(ctx, connected)
	b := backoff{min: time.Second, max: 5 * time.Minute}
	for {
		err := a.socket.RunContext(ctx)
		if ctx.Err() != nil {
			return
		}
		select {
		case <-connected:
			b.reset() // it was connected in between: start the backoff afresh
		default:
		}
		wait := b.next()
		if isAuthError(err) {
			a.log.Error("slack: Socket Mode refused; check SLACK_APP_TOKEN (xapp-..., scope connections:write)", "err", err, "retry_in", wait)
		} else {
			a.log.Warn("slack: Socket Mode stopped; reconnecting", "err", err, "retry_in", wait)
		}
		if a.sleep(ctx, wait) != nil {
			return
		}
	}
}

// readSocket acknowledges every request at once and hands it to the same handlers as the HTTP endpoints.
func (a *Adapter) readSocket(ctx context.Context, connected chan<- struct{}) {
	events := a.socket.Events()
	for {
		var evt socketmode.Event
		select {
		case <-ctx.Done():
			return
		case evt = <-events:
		}
		switch evt.Type {
		case socketmode.EventTypeConnected:
			a.log.Info("slack: Socket Mode connected")
			select {
			case connected <- struct{}{}:
			default:
			}
		case socketmode.EventTypeConnectionError:
			if ce, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
				a.log.Warn("slack: Socket Mode connection failed; retrying", "attempt", ce.Attempt, "retry_in", ce.Backoff, "err", ce.ErrorObj)
			}
		case socketmode.EventTypeInvalidAuth:
			a.log.Error("slack: Socket Mode: invalid app token")
		case socketmode.EventTypeErrorBadMessage:
			// slack-go could not parse it (an event type it does not know); acknowledge it anyway, so Slack does not
			// send it again and again.
			if bm, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
				var req struct {
					EnvelopeID string `json:"envelope_id"`
				}
				if json.Unmarshal(bm.Message, &req) == nil && req.EnvelopeID != "" {
					a.ack(ctx, req.EnvelopeID)
				}
				a.log.Debug("slack: Socket Mode message not understood", "err", bm.Cause)
			}
		case socketmode.EventTypeEventsAPI, socketmode.EventTypeInteractive, socketmode.EventTypeSlashCommand:
			if evt.Request == nil || !a.accepting() {
				continue // not acknowledged: Slack delivers it again
			}
			a.ack(ctx, evt.Request.EnvelopeID)
			if evt.Request.RetryAttempt > 0 {
				a.log.Info("slack: Socket Mode redelivery", "retry", evt.Request.RetryAttempt, "reason", evt.Request.RetryReason)
			}
			a.onSocketRequest(evt.Type, evt.Request.Payload)
			a.socketHandled.Add(1)
		}
	}
}

// ack acknowledges an envelope. It waits at most a few seconds: a connection that died meanwhile must not block the
// reader (and with it slack-go's reconnect); Slack then delivers the request again and the marks de-duplicate it.
func (a *Adapter) ack(ctx context.Context, envelopeID string) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := a.socket.Ack(ctx, envelopeID); err != nil {
		a.log.Warn("slack: Socket Mode acknowledgement failed", "err", err)
	}
}

// onSocketRequest dispatches an acknowledged Socket Mode payload; the payloads are those of the HTTP endpoints.
func (a *Adapter) onSocketRequest(t socketmode.EventType, payload json.RawMessage) {
	var err error
	switch t {
	case socketmode.EventTypeEventsAPI:
		var env envelope
		if err = json.Unmarshal(payload, &env); err == nil {
			a.onEnvelope(&env)
		}
	case socketmode.EventTypeInteractive:
		var p interaction
		if err = json.Unmarshal(payload, &p); err == nil {
			a.onInteraction(&p)
		}
	case socketmode.EventTypeSlashCommand:
		var c command
		if err = json.Unmarshal(payload, &c); err == nil {
			a.onCommand(&c)
		}
	}
	if err != nil {
		a.log.Warn("slack: unreadable Socket Mode payload", "type", t, "err", err)
	}
}
