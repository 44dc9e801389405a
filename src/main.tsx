// The page's entry script: its styles, and the boot (app/boot/boot.ts).
import { boot } from './app/boot/boot.ts';
import './styles.css';
import 'virtual:site-theme.css';

boot();
