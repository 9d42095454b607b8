# Not exercised by CI (no Docker engine there); kept plain so it stays obviously right.
# The same path as a clone: the program bundled by scripts/build.js, started by scripts/start.js,
# the embedded database's template made by scripts/postinstall.js.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci runs scripts/postinstall.js; with no src/ yet it has nothing to do.
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY test ./test
COPY bench ./bench
# The image is built only from code that typechecks.
RUN npm run typecheck && npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The admin desk's script and style, read from the project root's src/desk/assets.
COPY --from=build /app/src/desk/assets ./src/desk/assets
COPY drizzle ./drizzle
COPY locales ./locales
# Now that dist/ is here: the embedded database's template (a first start on /data copies it).
RUN node scripts/postinstall.js
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The ops commands run from the same image: docker run … vestka npm run --silent cli -- sources (README, "Operations").
CMD ["node", "scripts/start.js"]
