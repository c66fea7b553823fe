# The API only: in docker-compose.yml Neo4j runs in its own container, so no Java is needed here.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV NODE_ENV=production
# A container is reached through its published port, so the API listens beyond loopback (HOST defaults to 127.0.0.1).
ENV HOST=0.0.0.0
EXPOSE 4000
CMD ["npm", "start"]
