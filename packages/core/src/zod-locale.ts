import { z } from 'zod';

// Default validation messages in Simplified Chinese, for the server and the web alike.
z.config(z.locales.zhCN());
