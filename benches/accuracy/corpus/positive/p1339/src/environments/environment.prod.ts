export const environment = {
  production: true,
  apiBase: '/api',
  pexelsApiKey: '5sxDwjyYXjTyyP3bxLroka3gXYk2BZ7nxGwvh49LJiAbiEnGhveWTXrX',
};
