# The app image for docker-compose.yml: Neo4j comes from its own container (NEO4J_URI), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
