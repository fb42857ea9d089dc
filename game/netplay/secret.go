package netplay

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// codeAlphabet has no look-alike characters (no 0/O, 1/I/L), so a code
// read aloud or off a projector is typed right.
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// codeLen is a join code's length: 31^8 ≈ 2^39.6 codes, against a few
// failed attempts a minute per address.
const codeLen = 8

// newCode returns a random join code shown as "ABCD-EFGH".
func newCode() string {
	b := make([]byte, codeLen)
	out := make([]byte, 0, codeLen+1)
	// Rejection sampling keeps every character equally likely.
	for i := 0; i < codeLen; {
		_, _ = rand.Read(b[:1])
		if int(b[0]) >= 256-256%len(codeAlphabet) {
			continue
		}
		if i == codeLen/2 {
			out = append(out, '-')
		}
		out = append(out, codeAlphabet[int(b[0])%len(codeAlphabet)])
		i++
	}
	return string(out)
}

// newKey returns 128 random bits in hex: the instructor key and resume tokens.
func newKey() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	return hex.EncodeToString(b[:])
}

// normalise makes a typed code or key comparable: case, spaces and dashes
// do not matter.
func normalise(s string) string {
	s = strings.ToUpper(s)
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// digest is what the host keeps of a secret, in memory and on disk: the
// SHA-256 of its normalised form, so a leaked room file holds no code.
func digest(secret string) string {
	h := sha256.Sum256([]byte("liaison-seat:" + normalise(secret)))
	return hex.EncodeToString(h[:])
}
