import { accessMatrix } from './policy/matrix.js';

accessMatrix('district');
