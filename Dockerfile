# The API only: in docker-compose.yml Neo4j runs in its own container, so no Java is needed here.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV NODE_ENV=production
EXPOSE 4000
CMD ["npm", "start"]
