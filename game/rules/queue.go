package rules

// queueConflict is the part of legality that depends on the orders the
// team already queued this round (besides AP): the same request, response,
// local action, release, fusion or commitment twice, or more liaison
// officers than slots. Everything else is judged on the state alone, which
// is what lets Legal cache its list per State and team.
func (st *State) queueConflict(t int, queued []Order, o *Order) rej {
	if len(queued) == 0 {
		return rej{}
	}
	posts := 0
	for k := range queued {
		q := &queued[k]
		if q.Kind == PostLiaison {
			posts++
		}
		if q.Kind != o.Kind || !sameTarget(q, o) {
			continue
		}
		switch o.Kind {
		case Request:
			if q.Threat == o.Threat && q.Facet == o.Facet && q.Item == o.Item {
				return rejQueued("request to " + o.To[0] + " about " + subjectOf(o))
			}
		case Respond:
			if q.Ref == o.Ref {
				return rejQueued("respond to " + o.Ref)
			}
		case Sanitise, Verify, Translate, AskRelease:
			if q.Item == o.Item {
				return rejQueued(string(o.Kind) + " " + o.Item)
			}
		case Grant:
			if q.Item == o.Item {
				return rejQueued("grant " + o.Item + " to " + o.To[0])
			}
		case Fuse:
			if q.Threat == o.Threat {
				return rejQueued("fuse " + o.Threat)
			}
		case Commit:
			if q.Ref == o.Ref {
				return rejQueued("commit to " + o.Ref)
			}
		case PostLiaison:
			return rejQueued("post a liaison officer to " + o.To[0])
		}
	}
	if o.Kind == PostLiaison && posts > 0 {
		if used, slots := st.postedBy(t)+posts, st.ix.teams[t].slots; used >= slots {
			return rejNoSlot(used, slots)
		}
	}
	return rej{}
}

// sameTarget reports whether two orders name the same single target (or
// both none), for the kinds whose duplicates depend on it.
func sameTarget(q, o *Order) bool {
	switch o.Kind {
	case Request, Grant, PostLiaison:
		return len(q.To) == 1 && len(o.To) == 1 && q.To[0] == o.To[0]
	}
	return true
}
