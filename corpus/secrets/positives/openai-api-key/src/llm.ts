import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: "sk-proj-BmPn8Wh06I0VSGNc8xtbLIlaGArqkYvA0V8tWqZ7T3BlbkFJC_NmRXuh7HDIE2fuvRFQgqOEhi8TgObWOWfHmCVD" });
