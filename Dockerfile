# syntax=docker/dockerfile:1
# Build: a static binary with the catalogue embedded.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/wegwijzer ./cmd/wegwijzer \
 && /out/wegwijzer content check -q \
 && mkdir -p /out/data

# Run: distroless static, non-root.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/wegwijzer /usr/local/bin/wegwijzer
# The data folder must belong to the non-root user: the embedded store, the demand log and the spool live there.
COPY --from=build --chown=nonroot:nonroot /out/data /data
ENV WEGWIJZER_ADDR=0.0.0.0:8080 \
    WEGWIJZER_DATA=/data
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["/usr/local/bin/wegwijzer", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/wegwijzer"]
CMD ["serve"]
