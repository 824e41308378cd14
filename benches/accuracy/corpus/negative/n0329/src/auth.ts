export const GOOGLE_CLIENT_ID = '950900525563-x1wemkk17jvhb86lzln4j9tguk7zsjsm.apps.googleusercontent.com';
