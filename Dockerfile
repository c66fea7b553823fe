# The API only: in docker-compose.yml Neo4j runs in its own container, so no Java is needed here.
# Built in one stage (with the devDependencies: TypeScript), run in another with the production dependencies only.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# A container is reached through its published port, so the API listens beyond loopback (HOST defaults to 127.0.0.1).
ENV HOST=0.0.0.0
EXPOSE 4000
# /health answers 200 while the process serves requests (its body tells whether the database is ready too): Docker
# marks the container unhealthy after three checks without an answer. node's own fetch: the slim image has no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself rather than npm: it gets SIGTERM from `docker stop` directly and exits 0 once requests finish.
CMD ["node", "--max-old-space-size=128", "dist/src/main.js"]
